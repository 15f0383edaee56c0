"""The complaints tab (投诉): ui/complaints/complaints_tab.py."""
