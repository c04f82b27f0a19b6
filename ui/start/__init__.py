"""The start screen: the list of plans, search and sort, new plans, removed plans and plan files."""
