"""The Qt interface: the main window, its tabs, dialogs and item models."""
