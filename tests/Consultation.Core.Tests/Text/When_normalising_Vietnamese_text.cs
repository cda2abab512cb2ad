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

    [Test]
    public void Should_keep_line_breaks_but_flag_other_control_characters()
    {
        Assert.That(VietnameseText.HasControlCharacters("Dòng 1\nDòng 2"), Is.False);
        Assert.That(VietnameseText.HasControlCharacters("Dòng\u0007"), Is.True);
    }
}
