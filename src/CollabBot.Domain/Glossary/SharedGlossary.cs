namespace CollabBot.Domain.Glossary;

/// <summary>The team's definitions, read together: what a term means now and which proposals are open.</summary>
public sealed class SharedGlossary(IReadOnlyList<Definition> definitions)
{
    public IReadOnlyList<Definition> Definitions { get; } = definitions;

    public Definition? Accepted(string term)
    {
        var key = TermKey.Of(term);
        return Definitions.Where(d => d.Key == key && d.IsAccepted).MaxBy(d => d.AcceptedAt);
    }

    public IReadOnlyList<Definition> AcceptedTerms() =>
        Definitions.Where(d => d.IsAccepted).OrderBy(d => d.Term, StringComparer.OrdinalIgnoreCase).ToList();

    public IReadOnlyList<Definition> OpenProposals() => Definitions.Where(d => d.IsOpen).OrderBy(d => d.Number).ToList();

    /// <summary>A proposal by number ("3", "#3") or the newest open proposal for a term.</summary>
    public Definition? FindOpen(string termOrNumber)
    {
        var text = termOrNumber.Trim().TrimStart('#');
        if (int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var number))
        {
            return Definitions.FirstOrDefault(d => d.Number == number);
        }

        var key = TermKey.Of(text);
        return Definitions.Where(d => d.Key == key && d.IsOpen).MaxBy(d => d.Number);
    }

    /// <summary>Marks a newly accepted definition as the term's meaning, superseding the one before.</summary>
    public void Settle(Definition accepted, DateTimeOffset now)
    {
        foreach (var older in Definitions.Where(d => d.Key == accepted.Key && d.IsAccepted && d.Id != accepted.Id))
        {
            older.Supersede(now);
        }
    }
}
