"""The editor: the parts of the plan, the open part, undo, the top bar and printing as PDF."""
