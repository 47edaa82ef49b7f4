using System.Net;

namespace SchemaGate.GitHub;

/// <summary>A GitHub API call that failed for good. The message names the call and status, never the token or body.</summary>
public sealed class GitHubApiException(string message, HttpStatusCode? status, Exception? inner = null) : Exception(message, inner)
{
    /// <summary>The last HTTP status, or null when the request never got an answer.</summary>
    public HttpStatusCode? Status { get; } = status;

    /// <summary>True for the answers a read-only or fork token gets: 401, 403, 404.</summary>
    public bool IsPermissionDenied => Status is HttpStatusCode.Forbidden or HttpStatusCode.NotFound or HttpStatusCode.Unauthorized;
}
