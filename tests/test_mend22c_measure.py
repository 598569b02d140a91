"""Figure categories, review 22 mend c (spec §2.4): honoured people joined to a second count written
with a thousands dot; a ranking that splits the honoured people counted before, read only with words
of a ranking and over the same bare noun. Every sentence was written for these tests.
"""

from __future__ import annotations

from figure_helpers import helpers

figs, one, values = helpers("Hà Tĩnh")


# --- people joined by "và" to honoured people (rev22 #2) -----------------------------------------


def test_a_second_count_with_a_thousands_dot_shares_the_honour():
    text = "Ngoài ra, 14 sinh viên Lào và 1.200 sinh viên Campuchia đang học tại trường được tuyên dương."
    assert one(text, 14).category == "other"


def test_a_second_count_with_a_thousands_dot_served_is_no_honour():
    # negative: the second count is served, nothing is shared as an honour
    text = "Ngoài ra, 14 sinh viên Lào và 1.200 sinh viên Campuchia đang học tại trường được hỗ trợ học phí."
    assert one(text, 14).category != "other"
