"""The Qt screens of Ons Plan: windows, dialogs and item models. No SQL here: screens get the ``Services`` façade."""
