#!/usr/bin/env python3
"""check-search.py SITE BASE_PATH QUERY EXPECTED_TITLE OTHER_COMMUNE

Drives real Chromium (selenium, the Debian chromium and chromedriver that ../shared/sitecheck
installs) on a built site served under BASE_PATH (/qmi/), with the keyboard only: tabs from the
top of /recherche/ to the search field, types QUERY, presses Enter, waits for the status region
to announce the results; tabs to the commune filter and picks OTHER_COMMUNE (the expected result
must leave the list), picks « Tous » again, then tabs to the result titled EXPECTED_TITLE and
follows it. Exit 0 when all of that works; 1 otherwise.
"""
import functools
import http.server
import os
import shutil
import sys
import tempfile
import threading
import time

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys


class UnderBasePath(http.server.SimpleHTTPRequestHandler):
    """Serves the site folder at BASE_PATH, as a host would; 404 elsewhere."""
    base = "/"

    def translate_path(self, path):
        if not path.startswith(self.base):
            return "/nonexistent"
        return super().translate_path("/" + path[len(self.base):])

    def log_message(self, *args):
        pass


def serve(site, base):
    handler = functools.partial(type("H", (UnderBasePath,), {"base": base}), directory=site)
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


def browser():
    options = webdriver.ChromeOptions()
    options.binary_location = os.environ.get("CHROMIUM", "/usr/bin/chromium")
    for arg in ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--window-size=1280,900", "--no-first-run", "--disable-extensions"]:
        options.add_argument(arg)
    profile = tempfile.mkdtemp(prefix="vitrine-search-chrome-")
    service = Service(os.environ.get("CHROMEDRIVER", "/usr/bin/chromedriver"), env=dict(os.environ, TMPDIR=profile))
    driver = webdriver.Chrome(service=service, options=options)
    driver._profile = profile
    return driver


def tab_until(driver, test, limit=60):
    """Presses Tab until the focused element passes `test`; returns it, or None."""
    for _ in range(limit):
        ActionChains(driver).send_keys(Keys.TAB).perform()
        element = driver.switch_to.active_element
        if test(element):
            return element
    return None


def wait_for(condition, seconds=20):
    """Polls `condition` until it is true; True, or None on timeout."""
    deadline = time.time() + seconds
    while time.time() < deadline:
        if condition():
            return True
        time.sleep(0.1)
    return None


def main():
    if len(sys.argv) != 6:
        print(__doc__.strip(), file=sys.stderr)
        return 2
    site, base, query, expected, other_commune = sys.argv[1:]
    server = serve(site, base)
    origin = f"http://127.0.0.1:{server.server_address[1]}"
    driver = browser()
    try:
        driver.get(f"{origin}{base}recherche/")
        field = tab_until(driver, lambda e: e.get_attribute("id") == "q")
        if field is None:
            print("check-search: the search field was never reached with Tab")
            return 1
        label = driver.find_element(By.CSS_SELECTOR, "label[for=q]")
        if not label.is_displayed() or not label.text.strip():
            print("check-search: the search field has no visible label")
            return 1
        ActionChains(driver).send_keys(query, Keys.ENTER).perform()
        status = driver.find_element(By.ID, "search-status")
        if status.get_attribute("aria-live") != "polite" or status.get_attribute("role") != "status":
            print("check-search: the results count is not in a live status region")
            return 1
        deadline = time.time() + 20
        while time.time() < deadline and not status.text.strip():
            time.sleep(0.1)
        announced = status.text.strip()
        print(f"check-search: announced « {announced} »")
        if query not in announced or not announced[0].isdigit():
            print("check-search: no result announced")
            return 1
        titles = [a.text for a in driver.find_elements(By.CSS_SELECTOR, "#search-results li h2 a")]
        if expected not in titles:
            print(f"check-search: « {expected} » is not among the results {titles}")
            return 1
        # Filter by another commune with the keyboard: the result leaves the list, and the new count is announced.
        select = tab_until(driver, lambda e: e.get_attribute("id") == "filtre-commune")
        if select is None:
            print("check-search: the commune filter was never reached with Tab")
            return 1
        ActionChains(driver).send_keys(other_commune).perform()
        if wait_for(lambda: status.text.strip() != announced) is None:
            print("check-search: choosing a commune announced nothing new")
            return 1
        filtered = [a.text for a in driver.find_elements(By.CSS_SELECTOR, "#search-results li h2 a")]
        print(f"check-search: with {other_commune}, announced « {status.text.strip()} »")
        if expected in filtered:
            print(f"check-search: « {expected} » is still listed with the filter {other_commune}")
            return 1
        ActionChains(driver).send_keys(Keys.HOME).perform()   # back to « Tous »
        if wait_for(lambda: status.text.strip() == announced) is None:
            print("check-search: removing the filter did not bring the results back")
            return 1
        link = tab_until(driver, lambda e: e.tag_name == "a" and e.text == expected)
        if link is None:
            print("check-search: the expected result was never reached with Tab")
            return 1
        ActionChains(driver).send_keys(Keys.ENTER).perform()
        deadline = time.time() + 10
        while time.time() < deadline and "/recherche/" in driver.current_url:
            time.sleep(0.1)
        heading = driver.find_element(By.TAG_NAME, "h1").text
        if not driver.current_url.startswith(origin + base) or heading != expected:
            print(f"check-search: Enter on the result led to {driver.current_url} (« {heading} »)")
            return 1
        print(f"check-search: OK, « {expected} » reached with the keyboard at {driver.current_url[len(origin):]}")
        return 0
    finally:
        driver.quit()
        shutil.rmtree(driver._profile, ignore_errors=True)
        server.shutdown()


if __name__ == "__main__":
    sys.exit(main())
