"""The counter PC's session: locking the screen (Ctrl+L) and switching to another user.

`controller.SessionController` drives it for the main window; `lock_page.LockPage` is what a
locked window shows; `open_work` finds the dialogs and unsaved forms a switch would close.
"""
