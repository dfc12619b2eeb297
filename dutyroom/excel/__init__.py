"""Excel in and out (openpyxl): roster and people workbooks; parsing is pure, applying is atomic.

Import this package only where a workbook is read or written: openpyxl costs ~100 ms to import.
"""
