"""mend19a: unit attribution (spec §2.3) of a sentence that opens with a bullet ("- Anh A, …",
"- “…”"): the cheap first tests read past the bullet as the patterns do. Every sentence was written
for these tests."""

from __future__ import annotations

from figure_helpers import helpers

figs, one, values = helpers("Lai Châu")

SCHOOL = "trường Đại học Vinh"
BEFORE = (
    "Trường Đại học Vinh khai giảng cho 400 tân sinh viên. Tại xã Phong Thổ, Đoàn xã cử 12 đoàn viên "
    "hỗ trợ.\n"
)
SPEAKER = "Chị Trần Thị Hoa, Chủ tịch Hội Sinh viên trường, chia sẻ số sinh viên tình nguyện tăng 30%."


# ------------------------------------------------------- a bare officer speaker after a bullet
def test_a_bare_officer_speaker_after_a_dash_speaks_for_the_school() -> None:
    assert one(BEFORE + "- " + SPEAKER, 30).unit == SCHOOL


def test_a_bare_officer_speaker_after_a_dot_bullet_speaks_for_the_school() -> None:
    assert one(BEFORE + "• " + SPEAKER, 30).unit == SCHOOL


def test_a_bare_officer_speaker_without_a_bullet_still_speaks_for_the_school() -> None:
    # negative neighbour: the plain sentence, read as before
    assert one(BEFORE + SPEAKER, 30).unit == SCHOOL


def test_a_named_officer_after_a_bullet_is_not_a_bare_one() -> None:
    # negative: the speaker's body is named, the finder reads it
    text = BEFORE + "- Chị Trần Thị Hoa, Bí thư Đoàn xã Phong Thổ, cho biết số đoàn viên tăng 30%."
    assert one(text, 30).unit != SCHOOL


# ------------------------------------------------------- a quoted speech that opens after a bullet
SPEECH = (
    "“Đến nay, chương trình hỗ trợ tỉnh Hà Giang đạt 2,5 tỉ đồng. Tỉnh đoàn sẽ tiếp tục”, anh Lò Văn "
    "Cường nói."
)


def test_a_speech_after_a_dash_that_runs_on_names_the_recipient() -> None:
    text = "Tỉnh đoàn Tuyên Quang phát động chương trình.\n- " + SPEECH
    assert one(text, 2_500_000_000, "Tuyên Quang").unit == "Hà Giang"


def test_a_speech_without_a_bullet_that_runs_on_names_the_recipient() -> None:
    # negative neighbour: the plain sentence, read as before
    text = "Tỉnh đoàn Tuyên Quang phát động chương trình.\n" + SPEECH
    assert one(text, 2_500_000_000, "Tuyên Quang").unit == "Hà Giang"


# ------------------------------------------------------- a footnote hung on a short award phrase
def _awarded(tail: str) -> str:
    return (
        "Đoàn Thanh niên Bộ là 1 trong 14 tập thể được Ban Thường vụ Đoàn Đảng ủy Chính phủ " + tail
        + ".\n\n¹ Cùng năm, 7 tập thể của Bộ được tặng Giấy khen.\n"
    )


def test_a_note_on_a_short_award_phrase_stays_with_the_awarded() -> None:
    assert one(_awarded("tặng Cờ¹"), 7, "Bộ Công Thương").unit == "Bộ Công Thương"
    assert one(_awarded("tặng Bằng khen¹"), 7, "Bộ Công Thương").unit == "Bộ Công Thương"


def test_a_note_on_a_province_body_that_awards_stays_with_the_awarded() -> None:
    text = (
        "Đoàn xã Phong Thổ là 1 trong 5 tập thể được Tỉnh đoàn Lai Châu tặng Bằng khen¹.\n\n"
        "¹ Cùng đợt, 8 cá nhân của xã được khen.\n"
    )
    assert one(text, 8, "xã Phong Thổ").unit == "xã Phong Thổ"


def test_a_note_on_a_body_that_awards_in_the_active_is_the_bodys() -> None:
    # negative neighbour: no "được", the body acts and the note hangs on its deed
    text = "Tỉnh đoàn Lai Châu tặng Bằng khen¹ cho 5 tập thể.\n\n¹ Cùng đợt, 8 cá nhân được khen.\n"
    assert one(text, 8, "Bộ Công Thương").unit == "Lai Châu"
