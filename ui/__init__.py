"""The Qt application of dutyroom: windows, pages, table models and the composition root."""

from ui import pyside_feature_scan

pyside_feature_scan.install()
