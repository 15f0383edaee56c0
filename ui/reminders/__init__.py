"""The 保养提醒 tab: the reminder work lists, the calls made from them, assigning and the rules."""
