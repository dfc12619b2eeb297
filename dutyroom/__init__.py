"""dutyroom: the duty officer's desk for an emergency-management bureau duty room (值班室)."""

__version__ = "0.1.0"
APP_NAME = "dutyroom"
SCHEMA_VERSION = 9
