using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace AksReady.Sdk.Generation;

/// <summary>Writes the multi-stage Dockerfile and its Dockerfile.dockerignore.</summary>
public static class DockerfileWriter
{
    /// <summary>The patterns of Dockerfile.dockerignore.</summary>
    public static readonly IReadOnlyList<string> IgnorePatterns = new[]
    {
        "**/bin", "**/obj", "**/.git", "**/.gitignore", "**/.gitattributes", "**/.vs", "**/.vscode", "**/.idea",
        "**/node_modules", "**/npm-debug.log", "**/*.user", "**/*.suo", "**/*.swp", "**/.DS_Store", "**/TestResults",
        "**/.env", "**/secrets.dev.yaml", "**/values.dev.yaml", "**/*.dbmdl", "**/*.jfm", "**/.toolstarget",
        "**/.classpath", "**/.project", "**/.settings", "**/azds.yaml", "**/docker-compose*",
        "**/compose*", "**/Dockerfile*", "**/*.dockerignore", "**/.dockerignore", "LICENSE", "README.md",
    };

    /// <summary>Writes the Dockerfile.</summary>
    public static string WriteDockerfile(AksReadyModel model)
    {
        var d = model.Docker;
        var sb = new StringBuilder();
        var how = d.DockerfilePathInContext is string path
            ? "Build from the context folder: docker build -f " + path + " -t " + model.Image + " ."
            : "Build with the solution folder (or AksReadyDockerContext) as the context.";
        sb.Append(Header.Create(model, how));
        sb.Append('\n');
        sb.Append("# Build stage: restore first (a layer that changes only when project or NuGet files change), then publish.\n");
        sb.Append("FROM ").Append(d.SdkImage).Append(" AS build\n");
        if (d.NativeAot)
        {
            sb.Append("# Native AOT compiles with clang and links zlib.\n");
            sb.Append("RUN apt-get update && apt-get install -y --no-install-recommends clang zlib1g-dev && rm -rf /var/lib/apt/lists/*\n");
        }

        sb.Append("WORKDIR /src\n");
        foreach (var file in d.RestoreFiles.Concat(d.ProjectFiles))
        {
            sb.Append("COPY [\"").Append(file).Append("\", \"").Append(DirectoryOf(file)).Append("\"]\n");
        }

        var rid = d.RuntimeIdentifier == null ? string.Empty : " -r " + d.RuntimeIdentifier;
        sb.Append("RUN dotnet restore \"").Append(d.ProjectPath).Append('"').Append(rid).Append('\n');
        sb.Append("COPY . .\n");
        sb.Append("RUN dotnet publish \"").Append(d.ProjectPath).Append("\" -c Release -o /app/publish --no-restore")
            .Append(d.RuntimeIdentifier == null ? string.Empty : rid + " --self-contained true").Append('\n');
        sb.Append('\n');
        sb.Append("# Final stage: only the published app on the runtime image; runs as the non-root 'app' user.\n");
        sb.Append("FROM ").Append(d.RuntimeImage).Append(" AS final\n");
        sb.Append("WORKDIR /app\n");
        sb.Append("EXPOSE ").Append(d.Port).Append('\n');
        sb.Append("ENV ASPNETCORE_HTTP_PORTS=").Append(d.Port).Append('\n');
        sb.Append("USER $APP_UID\n");
        sb.Append("COPY --from=build /app/publish .\n");
        if (d.RuntimeIdentifier == null)
        {
            sb.Append("ENTRYPOINT [\"dotnet\", \"").Append(d.EntryAssembly).Append("\"]\n");
        }
        else
        {
            sb.Append("ENTRYPOINT [\"./").Append(d.EntryAssembly).Append("\"]\n");
        }
        return sb.ToString();
    }

    /// <summary>Writes Dockerfile.dockerignore (BuildKit reads &lt;Dockerfile&gt;.dockerignore next to the Dockerfile).</summary>
    public static string WriteDockerignore(AksReadyModel model)
    {
        var sb = new StringBuilder(Header.Create(model, "Read by BuildKit for the Dockerfile next to it; paths are relative to the build context."));
        foreach (var pattern in IgnorePatterns)
        {
            sb.Append(pattern).Append('\n');
        }

        return sb.ToString();
    }

    private static string DirectoryOf(string relativeFile)
    {
        var slash = relativeFile.LastIndexOf('/');
        return slash < 0 ? "./" : relativeFile.Substring(0, slash + 1);
    }
}
