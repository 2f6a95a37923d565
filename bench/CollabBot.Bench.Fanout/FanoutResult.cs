using System.Globalization;

namespace CollabBot.Bench.Fanout;

internal sealed record FanoutResult(TimeSpan Total, TimeSpan LowerBound, int RateLimited, int Lost, int Duplicated, int StillPending)
{
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"total {Total.TotalSeconds:0.00} s, bound {LowerBound.TotalSeconds:0.0} s, ratio {Total / LowerBound:0.000}x, 429s {RateLimited}, lost {Lost}, duplicated {Duplicated}, still pending {StillPending}");
}
