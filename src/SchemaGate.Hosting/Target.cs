namespace SchemaGate.Hosting;

/// <summary>
/// A target of the build, declared as an instance property: <c>Target Compile => _ => _.Executes(...)</c>.
/// The host finds targets by reflection and tells them apart by the lambda's method.
/// </summary>
public delegate ITargetDefinition Target(ITargetDefinition definition);
