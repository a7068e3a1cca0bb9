"""Adding and editing a local solution in a form that checks as you type."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel

from ssc_desktop.gui.labels import term_label
from ssc_desktop.gui.models import RowRole


def open_new_form(window: Any, qtbot: Any) -> Any:
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.detail.form is not None and window.detail.form.isVisible())
    return window.detail.form


def test_a_bad_country_code_is_refused_and_a_good_record_is_saved(
    make_window: Any, qtbot: Any, wait_search: Any
):
    window = make_window()
    store = window.catalogue.store
    before = store.count()
    form = open_new_form(window, qtbot)
    qtbot.keyClicks(form.ui.titleEdit, "Community radio for farmers")
    qtbot.keyClicks(form.country_edit("provider"), "Brazil")
    qtbot.keyClicks(form.country_edit("recipient"), "KEN, XYZ")
    qtbot.keyClicks(form.ui.primarySdgsEdit, "2")
    qtbot.waitUntil(lambda: form.country_error("recipient").isVisible())
    assert "XYZ" in form.country_error("recipient").text()
    assert not form.save_button.isEnabled()
    assert "problem" in form.ui.problemsLabel.text()
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)  # disabled: nothing happens
    qtbot.keyClick(form.ui.titleEdit, Qt.Key.Key_Return)  # Enter neither
    qtbot.wait(200)
    assert store.count() == before and form.isVisible()

    form.country_edit("recipient").setText("KEN")
    qtbot.waitUntil(lambda: form.save_button.isEnabled())
    assert not form.country_error("recipient").isVisible()
    with qtbot.waitSignal(window.detail.solution_saved, timeout=10_000) as saved:
        qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.detail.form is None)
    new_id = saved.args[0]
    stored = store.get(new_id)
    assert stored is not None and stored.origin == "local"
    assert [(c.iso3, c.role) for c in stored.countries] == [
        ("BRA", "provider"),
        ("KEN", "recipient"),
    ]
    assert store.count() == before + 1
    assert store.stats()["pending_sync"] == 1, "marked as a local change waiting for sync"

    outcome = wait_search(qtbot, window)
    assert new_id in outcome.ids
    row = window.search.results_model.data(
        window.search.results_model.index(window.search.results_model.row_of(new_id)), RowRole
    )
    assert row is not None and row.pending and row.local
    qtbot.waitUntil(lambda: "1 change waiting for sync" in window.status.catalogue_status.text())
    qtbot.waitUntil(lambda: window.detail.solution is not None
                    and window.detail.solution.id == new_id)  # fmt: skip
    # The contribution's state replaced the "Local change waiting for sync" badge (issue 14).
    qtbot.waitUntil(lambda: "Waiting to be sent" in window.ui.detailBrowser.toPlainText())


def test_a_new_form_shows_no_problem_until_a_field_is_touched_or_save_is_pressed(
    make_window: Any, qtbot: Any
) -> None:
    window = make_window()
    store = window.catalogue.store
    before = store.count()
    form = open_new_form(window, qtbot)
    qtbot.wait(300)  # longer than the form's check delay
    assert form.ui.problemsLabel.isHidden() and form.ui.titleError.isHidden()
    assert form.errors == {"title": "A title is required."}, "known, not yet shown"
    assert form.save_button.isEnabled()
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)  # Save with no title
    assert form.ui.titleError.isVisible() and "title" in form.ui.titleError.text()
    assert form.ui.problemsLabel.isVisible()
    assert form.ui.problemsLabel.text().startswith("1 problem to fix before saving")
    assert not form.save_button.isEnabled() and form.isVisible()
    assert store.count() == before
    assert not form.is_dirty(), "pressing Save changed nothing to discard"
    qtbot.keyClicks(form.ui.subtitleEdit, "One line")  # another field: the title's stays
    qtbot.wait(300)
    assert form.ui.titleError.isVisible()
    qtbot.keyClicks(form.ui.titleEdit, "Seed fairs")
    qtbot.waitUntil(lambda: form.save_button.isEnabled())
    assert form.ui.problemsLabel.isHidden() and form.ui.titleError.isHidden()
    form._touched.clear()
    form.reject()
    qtbot.waitUntil(lambda: window.detail.form is None)


def test_a_touched_field_shows_its_problem_and_untouched_ones_stay_quiet(
    make_window: Any, qtbot: Any
) -> None:
    window = make_window()
    form = open_new_form(window, qtbot)
    qtbot.keyClicks(form.ui.primarySdgsEdit, "18")
    qtbot.waitUntil(lambda: form.ui.primarySdgsError.isVisible())
    assert form.ui.titleError.isHidden(), "the title was not touched yet"
    assert form.ui.problemsLabel.text().startswith("1 problem to fix before saving")
    assert "18" in form.ui.problemsLabel.text()
    form._touched.clear()
    form.reject()
    qtbot.waitUntil(lambda: window.detail.form is None)


def test_sdgs_and_years_are_checked_as_you_type(make_window: Any, qtbot: Any):
    window = make_window()
    form = open_new_form(window, qtbot)
    qtbot.keyClicks(form.ui.titleEdit, "Anything")
    qtbot.keyClicks(form.ui.primarySdgsEdit, "18")
    qtbot.waitUntil(lambda: form.ui.primarySdgsError.isVisible())
    assert "18" in form.ui.primarySdgsError.text()
    form.ui.primarySdgsEdit.setText("7")
    form.ui.secondarySdgsEdit.setText("7")
    qtbot.waitUntil(lambda: "both primary and secondary" in form.ui.secondarySdgsError.text())
    assert "both primary and secondary" in form.ui.problemsLabel.text()
    assert not form.save_button.isEnabled()
    form.ui.secondarySdgsEdit.setText("13")
    form.ui.startYearSpin.setValue(2020)
    form.ui.endYearSpin.setValue(2010)
    qtbot.waitUntil(lambda: form.ui.yearsError.isVisible())
    assert "2020" in form.ui.yearsError.text()
    form.ui.endYearSpin.setValue(2022)
    qtbot.waitUntil(lambda: form.save_button.isEnabled())
    contacts = form.ui.contactsEdit
    contacts.add_button.click()  # a new row, its first cell open for typing
    editor = QApplication.focusWidget()
    assert editor is not None and editor is not contacts.view
    qtbot.keyClicks(editor, "Ana")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    contacts.set_value(0, "email", "not-an-email")
    qtbot.waitUntil(lambda: form.ui.contactsError.isVisible())
    assert "row 1" in form.ui.contactsError.text()
    contacts.set_value(0, "email", "ana@example.org")
    qtbot.waitUntil(lambda: form.save_button.isEnabled())
    assert contacts.rows() == [
        {"name": "Ana", "title": "", "organisation": "", "email": "ana@example.org",
         "phone": "", "public": False}
    ]  # fmt: skip
    form._touched.clear()  # nothing to confirm: close without the discard question
    form.reject()
    qtbot.waitUntil(lambda: window.detail.form is None)


def test_editing_a_solution_keeps_its_id_and_marks_it_for_sync(
    make_window: Any, qtbot: Any, wait_search: Any
):
    window = make_window()
    view = window.ui.resultsView
    view.setCurrentIndex(window.search.results_model.index(0))
    qtbot.waitUntil(lambda: window.detail.solution is not None)
    original = window.detail.solution
    qtbot.keyClick(window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.detail.form is not None and window.detail.form.isVisible())
    form = window.detail.form
    assert form.ui.titleEdit.text() == original.title
    assert len(form.ui.contactsEdit.rows()) == 2  # both contacts, one row each
    assert form.ui.organisationsEdit.rows() == [o.model_dump() for o in original.organisations]
    form.ui.titleEdit.setText(original.title + " (revised)")
    qtbot.waitUntil(lambda: form.save_button.isEnabled())
    with qtbot.waitSignal(window.detail.solution_saved, timeout=10_000):
        form.save_button.click()
    stored = window.catalogue.store.get(original.id)
    assert stored.title == original.title + " (revised)"
    assert stored.revision == original.revision + 1 and stored.origin == "central"
    assert [c.public for c in stored.contacts] == [True, False]
    assert stored.contacts == original.contacts and stored.organisations == original.organisations
    assert window.catalogue.store.stats()["pending_sync"] == 1
    QApplication.processEvents()


def test_an_organisation_role_is_picked_from_its_list(make_window: Any, qtbot: Any) -> None:
    from PySide6.QtWidgets import QComboBox

    from ssc_desktop.domain import vocab
    from ssc_desktop.gui.labels import term_label

    window = make_window()
    form = open_new_form(window, qtbot)
    qtbot.keyClicks(form.ui.titleEdit, "Seed fairs")
    table = form.ui.organisationsEdit
    row = table.add_row({"name": "World Food Programme", "acronym": "WFP"})
    roles = list(vocab.terms()["organisation_roles"])
    wanted = roles[-1]
    index = table.model.index(row, 2)
    table.view.setCurrentIndex(index)
    table.view.edit(index)
    combo = table.view.findChild(QComboBox)
    assert combo is not None and combo.count() == len(roles)
    combo.setCurrentIndex(combo.findText(term_label("organisation_roles", wanted, "en")))
    qtbot.keyClick(combo, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: table.rows()[0]["role"] == wanted)
    assert index.data() == term_label("organisation_roles", wanted, "en")  # shown by its label
    table.view.setCurrentIndex(index)
    table.remove_button.click()
    assert table.rows() == []
    form._touched.clear()
    form.reject()
    qtbot.waitUntil(lambda: window.detail.form is None)


def test_every_country_role_of_the_vocabulary_has_a_line_and_is_kept_on_save(
    make_window: Any, qtbot: Any, tmp_path: Path
) -> None:
    """The seed's refugee exchange lists its four countries as participants (a role added to
    the vocabulary after the form was drawn): editing and saving it keeps them."""
    from ssc_desktop.domain import vocab
    from tests.support.seed import REFUGEE_EXCHANGE

    window = make_window(seed=True, folder=tmp_path / "fresh")
    store = window.catalogue.store
    original = store.get(REFUGEE_EXCHANGE)
    participants = [c.iso3 for c in original.countries if c.role == "participant"]
    assert participants == ["UGA", "ETH", "MWI", "TZA"]
    window.detail.show_solution(REFUGEE_EXCHANGE)
    qtbot.waitUntil(lambda: window.detail.solution is not None
                    and window.detail.solution.id == REFUGEE_EXCHANGE)  # fmt: skip
    window.ui.actionEditSolution.trigger()
    qtbot.waitUntil(lambda: window.detail.form is not None and window.detail.form.isVisible())
    form = window.detail.form
    for role in vocab.terms()["country_roles"]:  # a line for each role, named in the interface
        assert form.country_edit(role).isVisible()
        assert form.findChild(QLabel, f"{role}CountriesLabel").text() == term_label(
            "country_roles", role, "en"
        )
    assert form.country_edit("participant").text() == "UGA, ETH, MWI, TZA"
    form.ui.titleEdit.setText(original.title + " (checked)")
    qtbot.waitUntil(lambda: form.save_button.isEnabled())
    with qtbot.waitSignal(window.detail.solution_saved, timeout=10_000):
        form.save_button.click()
    stored = store.get(REFUGEE_EXCHANGE)
    assert stored.revision == original.revision + 1
    assert [(c.iso3, c.role) for c in stored.countries] == [
        (c.iso3, c.role) for c in original.countries
    ]
