"""The window's parts, one feature each: the window builds the form, creates these and wires
them (see :mod:`ssc_desktop.gui.main_window`)."""
