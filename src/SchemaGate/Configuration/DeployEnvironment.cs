namespace SchemaGate.Configuration;

/// <summary>Where this run deploys (<c>--environment</c>). Production and staging refuse settings development tolerates.</summary>
public enum DeployEnvironment
{
    Development,
    Staging,
    Production,
}
