using FunctionWords = global::Sitrep.Lexicons.FunctionWords;

namespace Sitrep.Tests.Lexicons;

public class FunctionWordsTests
{
    [Theory]
    [InlineData(FunctionWords.Locative, "near", true)]
    [InlineData(FunctionWords.PlacingVerb, "happened", true)]
    [InlineData(FunctionWords.PlacingVerb, "took place", true)]
    [InlineData(FunctionWords.PlacingVerb, "killed", false)]
    [InlineData(FunctionWords.Locative, "from", false)]
    [InlineData(FunctionWords.PlaceNoun, "outskirts", true)]
    [InlineData(FunctionWords.UnitNoun, "division", true)]
    [InlineData(FunctionWords.UnitNoun, "shop", false)]
    [InlineData(FunctionWords.PlaceModifier, "coastal", true)]
    [InlineData(FunctionWords.WordToFigure, "least", true)]
    [InlineData(FunctionWords.FigureToWord, "people", true)]
    [InlineData(FunctionWords.SingularAuxiliary, "was", true)]
    [InlineData(FunctionWords.SingularAuxiliary, "were", false)]
    [InlineData(FunctionWords.VictimDeterminer, "another", true)]
    [InlineData(FunctionWords.PassiveAdverb, "fatally", true)]
    [InlineData(FunctionWords.SubjectAdverb, "later", true)]
    [InlineData(FunctionWords.HeadlineAdverb, "found", true)]
    [InlineData(FunctionWords.IntentionVerb, "kill", true)]
    [InlineData(FunctionWords.IntentionVerb, "killed", false)]
    [InlineData(FunctionWords.IntentionFiller, "ahead", true)]
    [InlineData(FunctionWords.ActorMember, "commandos", true)]
    [InlineData(FunctionWords.ActorMember, "said", false)]
    [InlineData(FunctionWords.HabitualAdverb, "routinely", true)]
    [InlineData(FunctionWords.HabitualAdverb, "recently", false)]
    [InlineData(FunctionWords.StretchPreposition, "over", true)]
    [InlineData(FunctionWords.HabitWord, "numerous", true)]
    [InlineData(FunctionWords.HabitWord, "several", false)]
    [InlineData(FunctionWords.SettingPreposition, "despite", true)]
    [InlineData(FunctionWords.DrillSetting, "during", true)]
    [InlineData(FunctionWords.DrillSetting, "in", false)]
    [InlineData(FunctionWords.SettingPreposition, "after", false)]
    [InlineData(FunctionWords.LinkWord, "linking", true)]
    [InlineData(FunctionWords.LinkWord, "after", false)]
    [InlineData(FunctionWords.CareVerb, "moved", true)]
    [InlineData(FunctionWords.CareNoun, "morgue", true)]
    [InlineData(FunctionWords.FireNoun, "blaze", true)]
    [InlineData(FunctionWords.KindleVerb, "started", true)]
    [InlineData(FunctionWords.KindleVerb, "broke", false)]
    [InlineData(FunctionWords.CareNoun, "market", false)]
    [InlineData(FunctionWords.CareDeath, "succumbed", true)]
    [InlineData(FunctionWords.CareDeath, "killed", false)]
    [InlineData(FunctionWords.WoundWord, "wounds", true)]
    [InlineData(FunctionWords.PlaceNoun, "sub-prefecture", true)]
    [InlineData(FunctionWords.PeoplePronoun, "nobody", true)]
    [InlineData(FunctionWords.PeoplePronoun, "many", false)]
    [InlineData(FunctionWords.PeerTitle, "baroness", true)]
    public void A_word_has_its_role(string kind, string word, bool expected) =>
        Assert.Equal(expected, FunctionWords.Default.Of(kind).Contains(word));

    [Fact]
    public void An_unknown_role_is_an_error_naming_it() =>
        Assert.Contains("no-such-role", Assert.Throws<InvalidDataException>(() => FunctionWords.Default.Of("no-such-role")).Message);
}
