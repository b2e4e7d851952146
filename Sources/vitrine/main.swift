import VitrineKit
