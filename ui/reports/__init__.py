"""The 报表 tab: the daily repair report and the monthly summary, on screen, on paper, as .xlsx."""
