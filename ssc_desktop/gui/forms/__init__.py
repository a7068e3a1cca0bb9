"""Forms generated from ui/*.ui by ssc_desktop/gui/build_forms.py (do not edit)."""
