using Microsoft.CodeAnalysis;

namespace Imp.Generators.Incremental;

/// <summary>The last step of every model pipeline.</summary>
internal static class ModelSteps
{
    /// <summary>Drops the declarations a transform found nothing to emit for (null) and names the step for the incremental tests.</summary>
    public static IncrementalValuesProvider<TModel> Models<TModel>(this IncrementalValuesProvider<TModel?> models, string trackingName)
        where TModel : class =>
        models
            .Where(static model => model is not null)
            .Select(static (model, _) => model!)
            .WithTrackingName(trackingName);
}
