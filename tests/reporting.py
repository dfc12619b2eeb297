"""What tests report to: the default recipients of the first reports (Decree 493 art. 10: the
市 bureau and the county government at the same time), both in one evidence."""

BOTH_UNITS = "市应急管理局、县人民政府总值班室"
