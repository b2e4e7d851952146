#!/usr/bin/env python3
"""Deterministic synthetic site for the Vitrine benchmark.

Usage: bench/generate.py N OUTDIR

Writes, from the SAME Markdown bodies:
  OUTDIR/vitrine/content/  a Vitrine content folder: site.yml, N/50 communes,
                           N experiments, N/5 news (no media, no raw HTML)
  OUTDIR/hugo/             a comparable Hugo site (hugo.toml, layouts/, content/)
  OUTDIR/all.md            every body concatenated (input of the cmark floor)

Output depends only on N (seeded random.Random, sorted iteration, "\\n" newlines).
Python 3 standard library only.
"""
import os
import random
import re
import shutil
import sys

SEED = 20261128
BODY_MIN, BODY_MAX = 3000, 5000          # UTF-8 bytes of each body

THEMES = {
    "mobilite": "Mobilité",
    "climat": "Adaptation au changement climatique",
    "energie": "Transition énergétique",
    "espace-public": "Espaces publics",
    "economie-circulaire": "Économie circulaire",
    "dechets": "Déchets",
    "sante": "Santé",
    "logistique": "Logistique urbaine",
    "logement": "Logement",
}
STATUSES = ["candidate", "selected", "testing", "completed", "scaled", "abandoned"]
DEPARTMENTS = [
    ("75", "Paris (75)"), ("92", "Hauts-de-Seine (92)"), ("93", "Seine-Saint-Denis (93)"),
    ("94", "Val-de-Marne (94)"), ("91", "Essonne (91)"), ("95", "Val-d'Oise (95)"),
]

# ---------------------------------------------------------------- word lists
TOWN_A = ["Saint-", "Villiers-", "Bois-", "Champs-", "Fontaine-", "Pont-", "Val-", "Mont-", "Roche-", "Clos-",
          "Bourg-", "Plessis-", "Chêne-", "Moulin-", "Port-"]
TOWN_B = ["Martin", "Denis", "Germain", "Maur", "Cloud", "Ouen", "Brice", "Mandé", "Rémy", "Leu", "Gratien",
          "Fargeau", "Aubin", "Prix", "Vrain", "Lambert", "Hilaire", "Michel"]
TOWN_C = ["", "", "-sur-Marne", "-sur-Seine", "-le-Grand", "-la-Forêt", "-les-Bains", "-sous-Bois", "-le-Vieux",
          "-en-France", "-la-Rivière"]
DISTRICTS = ["les Blagis", "la Butte", "le Centre ancien", "les Prairies", "la Gare", "le Plateau", "les Tilleuls",
             "la Cité-jardin", "le Port", "les Coteaux", "le Marché", "la Fontaine"]
STREETS = ["rue de l'Exemple", "avenue des Tilleuls", "place du Marché", "rue Victor-Hugo", "allée des Peupliers",
           "boulevard de la République", "rue Jean-Jaurès", "quai de la Marne", "rue des Écoles", "chemin du Moulin"]
PLACES = ["Crèche", "École élémentaire", "Gymnase", "Marché couvert", "Parking", "Square", "Médiathèque",
          "Résidence", "Centre social", "Maison de quartier", "Collège", "Parvis"]
PLACE_NAMES = ["des Petits Exemples", "Jean-Moulin", "des Lilas", "Louise-Michel", "du Centre", "des Sports",
               "Simone-Veil", "de la Gare", "des Tilleuls", "Pasteur", "du Parc", "Marie-Curie"]
INNOVATIONS = ["stores solaires pliables", "revêtement drainant", "capteurs de qualité de l'air",
               "bancs rafraîchissants", "bornes de tri connectées", "vélos cargos partagés", "îlot de fraîcheur mobile",
               "compostage de quartier", "éclairage adaptatif", "toiture végétalisée légère",
               "consignes de livraison mutualisées", "récupérateurs d'eau de pluie", "mobilier en plastique recyclé",
               "pompe à chaleur collective", "navette autonome", "atelier de réparation itinérant"]
SUBJECTS = ["La commune", "L'équipe municipale", "Le collectif d'habitants", "Le service technique", "Paris&Co",
            "La Métropole", "L'entreprise lauréate", "Le conseil de quartier", "Un agent de terrain",
            "Le comité de riverains", "L'association partenaire", "L'union des commerçants", "L'équipe enseignante",
            "Le bailleur social"]
REPORT_VERBS = ["publie", "détaille", "a présenté", "résume", "commente", "a consigné"]
VERBS = ["a testé", "observe", "a mesuré", "accompagne", "suit de près", "a présenté", "prépare", "compare",
         "documente", "a installé", "évalue", "partage", "a adapté", "a choisi", "finance en partie", "explique"]
OBJECTS = ["un dispositif de mesure", "des capteurs de température", "une borne de recharge",
           "un parcours piéton apaisé", "des jardinières connectées", "un service de prêt", "une plateforme de réemploi",
           "des bancs ombragés", "un protocole d'évaluation", "un tableau de bord public", "un calendrier d'essais",
           "une signalétique temporaire", "un prototype démontable", "une enquête auprès des usagers",
           "des ateliers de concertation", "un suivi de consommation"]
COMPLEMENTS = ["dans le quartier", "pendant l'été", "au pied des immeubles", "sur la place du marché",
               "près de l'école", "le long du canal", "aux heures de pointe", "pendant six mois", "depuis le printemps",
               "avec les services de la ville", "sans travaux lourds", "en conditions réelles", "à petite échelle",
               "devant la médiathèque", "chaque semaine", "avant l'hiver"]
ADJECTIVES = ["simple", "robuste", "économe", "durable", "lisible", "mesurable", "réversible", "fiable",
              "accessible", "modulable", "sobre", "adaptable"]
CONNECTORS = ["Par ailleurs,", "En outre,", "De plus,", "Ensuite,", "Dans un premier temps,", "Au fil des semaines,",
              "Concrètement,", "Pour autant,", "À ce stade,", "Surtout,", "En pratique,", "Enfin,"]
REASONS = ["les épisodes de chaleur se multiplient", "la facture énergétique pèse sur le budget",
           "les trottoirs sont encombrés", "le tri reste difficile dans les grands ensembles",
           "les livraisons saturent les rues étroites", "l'air intérieur des bâtiments anciens est mal connu",
           "les habitants réclament plus d'ombre", "les déchets de chantier sont rarement réemployés"]
CODES = ["capteur-T3", "42 kWh", "indicateur_confort", "v2.1", "QMI-2024", "CO2 ppm", "release-03",
         "taux_de_tri", "26 °C", "API ouverte", "export.csv", "id-parcelle"]
EXT_LINKS = [
    ("le rapport d'évaluation du programme", "https://example.org/rapports/evaluation-2024"),
    ("la fiche technique de la solution", "https://example.org/solutions/fiche-technique"),
    ("le guide de l'expérimentation urbaine", "https://example.org/guides/experimentation-urbaine"),
    ("les données ouvertes de la Métropole", "https://example.org/donnees/metropole"),
    ("le compte rendu du comité de pilotage", "https://example.org/comites/compte-rendu"),
    ("la carte des îlots de chaleur", "https://example.org/cartes/ilots-de-chaleur"),
    ("l'étude sur la qualité de l'air intérieur", "https://example.org/etudes/air-interieur"),
    ("le référentiel national des expérimentations", "https://example.org/referentiel/experimentations"),
]
H2 = ["Le contexte", "Le défi", "La solution", "Le déroulement", "Les premiers résultats", "Les prochaines étapes",
      "Ce qu'en disent les habitants", "Les chiffres clés", "Le calendrier", "Les partenaires", "Le financement",
      "Les enseignements", "La méthode d'évaluation", "Le cadre de la convention"]
H3 = ["Côté habitants", "Côté services", "La méthode", "Les indicateurs suivis", "Les limites", "Le coût",
      "Les points de vigilance", "Ce qui a changé"]
QUOTE_AUTHORS = ["une habitante du quartier", "un agent des services techniques", "la directrice de l'école",
                 "l'élue référente", "le responsable du projet", "un commerçant de la place"]
NEWS_TITLES = ["{c} lance un appel à idées", "Bilan d'étape à {c}", "{c} accueille une nouvelle expérimentation",
               "Réunion publique à {c}", "{c} signe un avenant à sa convention", "Les résultats de l'été à {c}",
               "Visite de terrain à {c}", "{c} présente ses premiers chiffres"]


class Text:
    """French-looking prose from word lists, driven by one seeded random.Random."""

    def __init__(self, rng):
        self.r = rng

    def pick(self, seq):
        return self.r.choice(seq)

    def decorate(self, s):
        x = self.r.random()
        if x < 0.15:
            return f"*{s}*"
        if x < 0.27:
            return f"**{s}**"
        return s

    def sentence(self, first=False):
        r = self.r
        kind = r.randrange(6)
        if kind == 0:
            s = (f"{self.pick(SUBJECTS)} {self.pick(VERBS)} {self.decorate(self.pick(OBJECTS))} "
                 f"{self.pick(COMPLEMENTS)}.")
        elif kind == 1:
            s = (f"{self.pick(SUBJECTS)} {self.pick(VERBS)} {self.pick(OBJECTS)}, car "
                 f"{self.pick(REASONS)}.")
        elif kind == 2:
            s = (f"L'objectif est de disposer d'une solution {self.pick(ADJECTIVES)} et "
                 f"{self.pick(ADJECTIVES)}, suivie avec `{self.pick(CODES)}` {self.pick(COMPLEMENTS)}.")
        elif kind == 3:
            s = (f"Le dispositif, {self.decorate(self.pick(ADJECTIVES))}, a été retenu parce que "
                 f"{self.pick(REASONS)}.")
        elif kind == 4:
            text, url = self.pick(EXT_LINKS)
            s = (f"{self.pick(SUBJECTS)} {self.pick(REPORT_VERBS)} ses observations dans [{text}]({url}), "
                 f"{self.pick(COMPLEMENTS)}.")
        else:
            s = (f"{self.pick(SUBJECTS)} {self.pick(VERBS)} {self.pick(OBJECTS)} et "
                 f"{self.pick(OBJECTS)} {self.pick(COMPLEMENTS)}.")
        if not first and r.random() < 0.35:
            c = self.pick(CONNECTORS)
            s = f"{c} {s if s.startswith('Paris') else s[0].lower() + s[1:]}"
        return s

    def paragraph(self, lo=3, hi=6):
        n = self.r.randint(lo, hi)
        return " ".join(self.sentence(first=(i == 0)) for i in range(n))

    def bullets(self, numbered=False):
        n = self.r.randint(3, 5)
        items = []
        for i in range(n):
            obj = self.pick(OBJECTS)
            it = f"{self.decorate(obj[0].upper() + obj[1:])} {self.pick(COMPLEMENTS)}"
            marker = f"{i + 1}." if numbered else "-"
            items.append(f"{marker} {it} ;" if i < n - 1 else f"{marker} {it}.")
        return "\n".join(items)

    def quote(self):
        s = self.sentence(first=True).rstrip(".")
        return f"> « {s} », résume {self.pick(QUOTE_AUTHORS)}."


def body(rng, intro_links, more_links):
    """A Markdown body of BODY_MIN..BODY_MAX UTF-8 bytes.

    intro_links: [(text, rel_md_path)] cited in the first paragraph;
    more_links: [(text, rel_md_path)] listed in the closing section.
    Headings: ## then optionally ### under it; no #, no skipped level, unique per body.
    """
    t = Text(rng)
    target = rng.randint(BODY_MIN + 100, BODY_MAX - 1200)
    blocks = []
    intro = t.paragraph(2, 4)
    if intro_links:
        cited = " et ".join(f"[{txt}]({path})" for txt, path in intro_links)
        intro = f"Cette page concerne {cited}. {intro}"
    blocks.append(intro)
    lines = [f"- [{txt}]({path})" for txt, path in more_links]
    text, url = rng.choice(EXT_LINKS)
    lines.append(f"- [{text[0].upper() + text[1:]}]({url})")
    closing = ["## Pour aller plus loin", "\n".join(lines)]
    nbytes = lambda bs: len("\n\n".join(bs).encode("utf-8"))
    limit = BODY_MAX - nbytes(closing) - 3
    h2s = rng.sample(H2, len(H2))
    misses = 0
    while nbytes(blocks) < target and h2s and misses < 10:
        sec = ["## " + h2s[-1], t.paragraph()]
        x = rng.random()
        if x < 0.30:
            sec.append(t.bullets())
        elif x < 0.45:
            sec.append(t.bullets(numbered=True))
        elif x < 0.60:
            sec.append(t.quote())
        if rng.random() < 0.4:
            sec.append("### " + rng.choice(H3))
            sec.append(t.paragraph(2, 4))
            if rng.random() < 0.4:
                sec.append(t.bullets())
        if nbytes(blocks + sec) <= limit:
            blocks.extend(sec)
            h2s.pop()
        else:
            misses += 1
    while nbytes(blocks + closing) < BODY_MIN:      # rare: top up the last section
        p = t.sentence(first=True)
        if nbytes(blocks + [p]) <= limit:
            blocks.append(p)
    blocks.extend(closing)
    md = "\n\n".join(blocks) + "\n"
    n = len(md.encode("utf-8"))
    assert BODY_MIN <= n <= BODY_MAX, f"body of {n} bytes"
    return md


def yq(s):
    """YAML double-quoted scalar (the generated texts have no '"' nor '\\')."""
    assert '"' not in s and "\\" not in s
    return f'"{s}"'


def day(rng, year):
    m = rng.randint(1, 12)
    d = rng.randint(1, 28)
    return f"{year}-{m:02d}-{d:02d}"


def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


def generate(n, out):
    rng = random.Random(SEED * 1_000_003 + n)
    n_communes = max(1, n // 50)
    n_news = max(1, n // 5)

    # ---------------- metadata first (bodies link to titles)
    inseeset = rng.sample(range(1000, 100000), n_communes)
    communes = []
    for i in range(n_communes):
        slug = f"commune-{i + 1:04d}"
        dep, depname = rng.choice(DEPARTMENTS)
        name = rng.choice(TOWN_A) + rng.choice(TOWN_B) + rng.choice(TOWN_C)
        themes = rng.sample(list(THEMES), 2)
        district = rng.choice(DISTRICTS)
        communes.append(dict(
            slug=slug, name=name, insee=f"{inseeset[i]:05d}",
            department=depname, district=district, themes=themes,
            summary=f"Membre de la première promotion, {name} teste des solutions urbaines dans son quartier "
                    f"d'innovation ({district}), autour des thèmes {THEMES[themes[0]].lower()} et "
                    f"{THEMES[themes[1]].lower()}.",
        ))
    experiments = []
    for i in range(n):
        slug = f"exp-{i + 1:05d}"
        c = rng.choice(communes)
        innov = rng.choice(INNOVATIONS)
        themes = rng.sample(list(THEMES), rng.randint(1, 2))
        status = rng.choice(STATUSES)
        place = f"{rng.choice(PLACES)} {rng.choice(PLACE_NAMES)}"
        experiments.append(dict(
            slug=slug, commune=c, title=f"{innov[0].upper() + innov[1:]} à {c['name']} ({i + 1})",
            status=status, start=day(rng, 2023), updated=day(rng, 2024), themes=themes,
            summary=f"À {c['name']}, la commune expérimente des {innov} pour répondre à un besoin concret du quartier.",
            place=dict(name=place, address=f"{rng.randint(1, 120)} {rng.choice(STREETS)}, {c['name']}",
                       lat=round(rng.uniform(48.75, 48.95), 5), lon=round(rng.uniform(2.2, 2.6), 5)),
        ))
    news = []
    for i in range(n_news):
        slug = f"news-{i + 1:05d}"
        c = rng.choice(communes)
        date = f"{rng.randint(2023, 2025)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        news.append(dict(
            slug=slug, commune=c, date=date,
            title=rng.choice(NEWS_TITLES).format(c=c["name"]) + f" ({i + 1})",
            summary=f"Des nouvelles du programme à {c['name']} : étapes franchies, rendez-vous et résultats.",
        ))
    by_commune = {}
    for e in experiments:
        by_commune.setdefault(e["commune"]["slug"], []).append(e)

    def clink(c):
        return (c["name"], f"../communes/{c['slug']}.md")

    def elink(e):
        return (e["title"], f"../experiments/{e['slug']}.md")

    def nlink(x):
        return (x["title"], f"../news/{x['slug']}.md")

    # ---------------- bodies (one stream of random numbers, fixed order)
    for c in communes:
        own = by_commune.get(c["slug"], [])[:3]
        more = [elink(e) for e in own] + [nlink(rng.choice(news))]
        c["body"] = body(rng, [], more)
    for e in experiments:
        others = [elink(rng.choice(experiments)) for _ in range(2)]
        others = [o for o in others if o[1] != f"../experiments/{e['slug']}.md"]
        e["body"] = body(rng, [clink(e["commune"])], others + [nlink(rng.choice(news))])
    for x in news:
        x["body"] = body(rng, [clink(x["commune"])], [elink(rng.choice(experiments))])

    # ---------------- clean previous output (only what we own)
    for sub in ("vitrine", "hugo"):
        shutil.rmtree(os.path.join(out, sub), ignore_errors=True)

    # ---------------- Vitrine
    vc = os.path.join(out, "vitrine", "content")
    site = [
        "# Site synthétique du banc d'essai de Vitrine (bench/generate.py).",
        'title: "Quartiers Métropolitains d\'Innovation (banc d\'essai)"',
        'description: "Un site synthétique pour mesurer la vitesse de construction de Vitrine."',
        'baseURL: "https://bench.example.org/"',
        "language: fr",
        "timezone: Europe/Paris",
        "theme: default",
        "publisher:",
        '  name: "Métropole du Grand Paris"',
        '  address: "15-19 avenue Pierre Mendès France, 75646 Paris Cedex 13"',
        "host:",
        '  name: "Hébergeur d\'exemple SAS"',
        '  address: "1 rue de l\'Exemple, 75000 Paris"',
        "accessibility:",
        "  rate: 75",
        '  audited: "2026-10-15"',
        # The benchmarks time Vitrine against Hugo, which indexes nothing: no Pagefind here.
        "search: false",
        # Nor does it draw share images: the site's one card (a card per page is measured apart,
        # in bench/README.md).
        "shareCards: site",
        "themes:",
    ] + [f"  {k}: {yq(v)}" for k, v in THEMES.items()] + [
        "menu:",
        '  - {label: "Communes", url: "/communes/"}',
        '  - {label: "Expérimentations", url: "/experimentations/"}',
        '  - {label: "Actualités", url: "/actualites/"}',
        '  - {label: "Le programme", url: "/programme/"}',
        "markdown:",
        "  unsafe: false",
    ]
    write(os.path.join(vc, "site.yml"), "\n".join(site) + "\n")
    for c in communes:
        fm = [
            f"name: {yq(c['name'])}",
            f"insee: {yq(c['insee'])}",
            f"department: {yq(c['department'])}",
            f"district: {yq(c['district'])}",
            "promotion: 1",
            f"themes: [{', '.join(c['themes'])}]",
            f"summary: {yq(c['summary'])}",
            "convention:",
            '  signed: "2023-04-17"',
            '  ends: "2024-06"',
        ]
        write(os.path.join(vc, "communes", c["slug"] + ".md"), "---\n" + "\n".join(fm) + "\n---\n" + c["body"])
    for e in experiments:
        p = e["place"]
        fm = [
            f"title: {yq(e['title'])}",
            f"commune: {e['commune']['slug']}",
            f"themes: [{', '.join(e['themes'])}]",
            f"status: {e['status']}",
            f"start: {yq(e['start'])}",
            f"place: {{name: {yq(p['name'])}, address: {yq(p['address'])}, lat: {p['lat']}, lon: {p['lon']}}}",
            f"summary: {yq(e['summary'])}",
            f"updated: {yq(e['updated'])}",
        ]
        write(os.path.join(vc, "experiments", e["slug"] + ".md"), "---\n" + "\n".join(fm) + "\n---\n" + e["body"])
    for x in news:
        fm = [
            f"title: {yq(x['title'])}",
            f"date: {yq(x['date'])}",
            f"commune: {x['commune']['slug']}",
            f"summary: {yq(x['summary'])}",
        ]
        write(os.path.join(vc, "news", x["slug"] + ".md"), "---\n" + "\n".join(fm) + "\n---\n" + x["body"])

    # ---------------- Hugo
    hd = os.path.join(out, "hugo")
    write(os.path.join(hd, "hugo.toml"), "\n".join([
        'baseURL = "https://bench.example.org/"',
        'languageCode = "fr"',
        'defaultContentLanguage = "fr"',
        'title = "Quartiers Métropolitains d\'Innovation (banc d\'essai)"',
        'disableKinds = ["taxonomy", "term"]',
        "",
        "[outputs]",
        '  home = ["HTML", "RSS"]',
        '  section = ["HTML"]',
        "",
        "[[menu.main]]",
        '  name = "Communes"', '  url = "/communes/"', "  weight = 1",
        "[[menu.main]]",
        '  name = "Expérimentations"', '  url = "/experiments/"', "  weight = 2",
        "[[menu.main]]",
        '  name = "Actualités"', '  url = "/news/"', "  weight = 3",
    ]) + "\n")
    write(os.path.join(hd, "layouts", "_default", "baseof.html"), """<!DOCTYPE html>
<html lang="{{ site.LanguageCode }}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{ if not .IsHome }}{{ .Title }} – {{ end }}{{ site.Title }}</title>
<meta name="description" content="{{ with .Params.summary }}{{ . }}{{ else }}{{ site.Title }}{{ end }}">
<link rel="canonical" href="{{ .Permalink }}">
{{ with site.Home.OutputFormats.Get "rss" }}<link rel="alternate" type="application/rss+xml" href="{{ .RelPermalink }}" title="{{ site.Title }}">{{ end }}
</head>
<body>
<header>
<a href="{{ site.Home.RelPermalink }}">{{ site.Title }}</a>
<nav aria-label="Menu principal"><ul>
{{ range site.Menus.main }}<li><a href="{{ .URL | relURL }}">{{ .Name }}</a></li>{{ end }}
</ul></nav>
</header>
<main id="contenu">
{{ block "main" . }}{{ end }}
</main>
<footer><p>{{ site.Title }} – site synthétique du banc d'essai.</p></footer>
</body>
</html>
""")
    write(os.path.join(hd, "layouts", "_default", "single.html"), """{{ define "main" }}
<article>
<h1>{{ .Title }}</h1>
{{ with .Date }}<p><time datetime="{{ .Format "2006-01-02" }}">{{ .Format "2 January 2006" }}</time></p>{{ end }}
{{ with .Params.summary }}<p class="summary">{{ . }}</p>{{ end }}
{{ .Content }}
</article>
{{ end }}
""")
    write(os.path.join(hd, "layouts", "_default", "list.html"), """{{ define "main" }}
<h1>{{ .Title }}</h1>
<ul class="cards">
{{ range .Pages }}<li><h2><a href="{{ .RelPermalink }}">{{ .Title }}</a></h2>
<p><time datetime="{{ .Date.Format "2006-01-02" }}">{{ .Date.Format "2 January 2006" }}</time></p>
<p>{{ .Params.summary }}</p></li>
{{ end }}
</ul>
{{ end }}
""")
    write(os.path.join(hd, "layouts", "index.html"), """{{ define "main" }}
<h1>{{ site.Title }}</h1>
{{ range site.Sections }}<section>
<h2><a href="{{ .RelPermalink }}">{{ .Title }}</a></h2>
<ul>{{ range first 5 .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a> – {{ .Params.summary }}</li>{{ end }}</ul>
</section>
{{ end }}
{{ end }}
""")
    hc = os.path.join(hd, "content")
    for sec, title in (("communes", "Communes"), ("experiments", "Expérimentations"), ("news", "Actualités")):
        write(os.path.join(hc, sec, "_index.md"), f"---\ntitle: {yq(title)}\n---\n")
    link_re = re.compile(r"\]\(\.\./([a-z]+)/([a-z0-9-]+)\.md\)")

    def hugo_body(md):
        # page /sec/slug/ -> /other/slug2/ is ../../other/slug2/
        return link_re.sub(r"](../../\1/\2/)", md)

    for c in communes:
        fm = [f"title: {yq(c['name'])}", 'date: "2023-04-17"', f"summary: {yq(c['summary'])}",
              f"insee: {yq(c['insee'])}", f"department: {yq(c['department'])}",
              f"themes: [{', '.join(c['themes'])}]"]
        write(os.path.join(hc, "communes", c["slug"] + ".md"), "---\n" + "\n".join(fm) + "\n---\n" + hugo_body(c["body"]))
    for e in experiments:
        fm = [f"title: {yq(e['title'])}", f"date: {yq(e['start'])}", f"lastmod: {yq(e['updated'])}",
              f"summary: {yq(e['summary'])}", f"commune: {e['commune']['slug']}", f"status: {e['status']}",
              f"themes: [{', '.join(e['themes'])}]"]
        write(os.path.join(hc, "experiments", e["slug"] + ".md"), "---\n" + "\n".join(fm) + "\n---\n" + hugo_body(e["body"]))
    for x in news:
        fm = [f"title: {yq(x['title'])}", f"date: {yq(x['date'])}", f"summary: {yq(x['summary'])}",
              f"commune: {x['commune']['slug']}"]
        write(os.path.join(hc, "news", x["slug"] + ".md"), "---\n" + "\n".join(fm) + "\n---\n" + hugo_body(x["body"]))

    # ---------------- cmark floor
    write(os.path.join(out, "all.md"), "\n".join(item["body"] for item in communes + experiments + news))
    total = len(communes) + len(experiments) + len(news)
    print(f"generate.py: {len(communes)} communes, {len(experiments)} experiments, {len(news)} news "
          f"({total} bodies) in {out}")


def main():
    if len(sys.argv) != 3 or not sys.argv[1].isdigit() or int(sys.argv[1]) < 1:
        sys.exit("usage: generate.py N OUTDIR   (N = number of experiments, >= 1)")
    generate(int(sys.argv[1]), sys.argv[2])


if __name__ == "__main__":
    main()
