"""The Qt application of dutyroom: windows, pages, table models and the composition root."""
