"""The one window and the app around it: the QApplication, the main window, one instance, changes, crashes."""
