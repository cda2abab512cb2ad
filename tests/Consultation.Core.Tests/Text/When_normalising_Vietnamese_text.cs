using System.Text;
using Consultation.Core.Text;

namespace Consultation.Core.Tests.Text;

public sealed class When_normalising_Vietnamese_text
{
    [Test]
    public void Should_turn_NFD_into_NFC_and_collapse_spaces()
    {
        var nfd = "  Sở   Tài\tchính  ".Normalize(NormalizationForm.FormD);

        Assert.That(VietnameseText.Normalize(nfd), Is.EqualTo("Sở Tài chính"));
    }

    [TestCase("Sở Tài chính Đắk Lắk", "so tai chinh dak lak")]
    [TestCase("SO TAI CHINH DAK LAK", "so tai chinh dak lak")]
    [TestCase("Thống nhất, không có ý kiến khác.", "thong nhat khong co y kien khac")]
    public void Should_fold_case_diacritics_and_punctuation(string text, string folded)
    {
        Assert.That(VietnameseText.Fold(text), Is.EqualTo(folded));
        Assert.That(VietnameseText.Fold(text.Normalize(NormalizationForm.FormD)), Is.EqualTo(folded));
    }

    [TestCase("125/STC-\u202EQLNS")]
    [TestCase("125/STC\u200B-QLNS")]
    [TestCase("125/STC\u200D-QLNS")]
    [TestCase("125/STC-QLNS\uFEFF")]
    [TestCase("125/STC-QL\u00ADNS")]
    [TestCase("125/STC-QLNS\U000E0041")]
    [TestCase("125/STC\n-QLNS")]
    [TestCase("125/STC\u2029-QLNS")]
    public void Should_flag_invisible_characters_in_what_identifies_something(string text)
    {
        Assert.That(VietnameseText.HasInvisibleCharacters(text), Is.True);
    }

    [Test]
    public void Should_see_nothing_invisible_in_Vietnamese_with_every_diacritic()
    {
        const string Text = "Sở Tài chính — Quyết định 125/QĐ-UBND về phân bổ dự toán: ắ ằ ẳ ẵ ặ ấ ầ ẩ ẫ ậ ế ề ể ễ ệ ố ồ ổ ỗ ộ ớ ờ ở ỡ ợ ứ ừ ử ữ ự ỳ ỷ ỹ ỵ đ Đ 😀";

        Assert.That(VietnameseText.HasInvisibleCharacters(Text), Is.False);
        Assert.That(VietnameseText.HasInvisibleCharacters(VietnameseText.Normalize(Text.Normalize(System.Text.NormalizationForm.FormD))), Is.False);
    }

    [Test]
    public void Should_keep_line_breaks_but_flag_other_control_characters()
    {
        Assert.That(VietnameseText.HasControlCharacters("Dòng 1\nDòng 2"), Is.False);
        Assert.That(VietnameseText.HasControlCharacters("Dòng\u0007"), Is.True);
    }
}
