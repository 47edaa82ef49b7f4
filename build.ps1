# Bootstrap, NUKE style, for Windows PowerShell and PowerShell 7: find (or install) the .NET SDK that global.json pins,
# build build/_build.csproj quietly when something it depends on changed, then run it with every argument passed
# through. Exit codes come from the build: 0 pass, 1 refused by the gate, 2 bad usage or configuration,
# 3 infrastructure failure (also when the SDK cannot be had or the build host does not compile).
# No parameter block on purpose: every argument (--skip, -x, --target A+B) reaches the build host as it was typed.

$ErrorActionPreference = "Stop"
Set-StrictMode -Version 3.0

$BuildArguments = $args
$ScriptDir = Split-Path -Parent $MyInvocation.MyCommand.Path
Set-Location $ScriptDir

$BuildProject = Join-Path $ScriptDir "build/_build.csproj"
$TempDir = Join-Path $ScriptDir ".nuke/temp"
$BuildOutput = Join-Path $TempDir "build"
$BuildStamp = Join-Path $TempDir "build.stamp"
$DotnetInstallUrl = "https://dot.net/v1/dotnet-install.ps1"

$env:DOTNET_CLI_TELEMETRY_OPTOUT = "1"
$env:DOTNET_NOLOGO = "1"
$env:DOTNET_SKIP_FIRST_TIME_EXPERIENCE = "1"
$env:DOTNET_MULTILEVEL_LOOKUP = "0"

New-Item -ItemType Directory -Force -Path $TempDir | Out-Null

# The sdk section of global.json: version and rollForward (either may be missing).
function Get-GlobalJsonSdk {
    $json = Get-Content -Raw (Join-Path $ScriptDir "global.json") | ConvertFrom-Json
    $sdk = if ($json.PSObject.Properties.Name -contains "sdk") { $json.sdk } else { $null }
    $version = if ($sdk -and $sdk.PSObject.Properties.Name -contains "version") { [string]$sdk.version } else { "" }
    $roll = if ($sdk -and $sdk.PSObject.Properties.Name -contains "rollForward") { [string]$sdk.rollForward } else { "latestPatch" }
    return @{ Version = $version; RollForward = $roll }
}

# `dotnet --version` run in the repository fails when no installed SDK satisfies global.json.
function Test-SdkSatisfiesGlobalJson([string]$Dotnet) {
    try {
        & $Dotnet --version *> $null
        return $LASTEXITCODE -eq 0
    } catch {
        return $false
    }
}

function Install-Sdk {
    $installDir = Join-Path $TempDir "dotnet-sdk"
    $dotnet = Join-Path $installDir "dotnet.exe"
    if ((Test-Path $dotnet) -and (Test-SdkSatisfiesGlobalJson $dotnet)) { return $dotnet }

    $sdk = Get-GlobalJsonSdk
    $shown = if ($sdk.Version) { $sdk.Version } else { "any" }
    Write-Host "No .NET SDK satisfying global.json ($shown, rollForward $($sdk.RollForward)); installing into .nuke/temp/dotnet-sdk"
    $script = Join-Path $TempDir "dotnet-install.ps1"
    [Net.ServicePointManager]::SecurityProtocol = [Net.ServicePointManager]::SecurityProtocol -bor [Net.SecurityProtocolType]::Tls12
    Invoke-WebRequest -UseBasicParsing -Uri $DotnetInstallUrl -OutFile $script

    if (-not $sdk.Version) {
        & $script -InstallDir $installDir -Channel LTS -NoPath
    } elseif ($sdk.RollForward -eq "disable") {
        & $script -InstallDir $installDir -Version $sdk.Version -NoPath
    } else {
        $parts = $sdk.Version.Split(".")
        $majorMinor = "$($parts[0]).$($parts[1])"
        $channel = if ($sdk.RollForward -in @("patch", "latestPatch")) { "$majorMinor.$($parts[2].Substring(0, 1))xx" } else { $majorMinor }
        & $script -InstallDir $installDir -Channel $channel -NoPath
    }
    if (-not (Test-SdkSatisfiesGlobalJson $dotnet)) {
        Write-Host "The installed SDK still does not satisfy global.json."
        exit 3
    }
    $env:DOTNET_ROOT = $installDir
    $env:PATH = "$installDir;$env:PATH"
    return $dotnet
}

$onPath = Get-Command dotnet -ErrorAction SilentlyContinue
$Dotnet = if ($onPath -and (Test-SdkSatisfiesGlobalJson $onPath.Source)) { $onPath.Source } else { Install-Sdk }

# Rebuild only when something the build depends on changed since the last successful build (as build.sh does).
function Test-NeedsBuild {
    if (-not (Test-Path (Join-Path $BuildOutput "_build.dll")) -or -not (Test-Path $BuildStamp)) { return $true }
    $stampTime = (Get-Item $BuildStamp).LastWriteTimeUtc
    $sources = @(Get-ChildItem -Path (Join-Path $ScriptDir "build"), (Join-Path $ScriptDir "src") -Recurse -File -ErrorAction SilentlyContinue |
        Where-Object { $_.FullName -notmatch '[\\/](bin|obj)[\\/]' })
    $sources += @(Get-Item (Join-Path $ScriptDir "global.json"))
    $sources += @(Get-ChildItem -Path $ScriptDir -Filter "*.props" -File)
    return [bool]($sources | Where-Object { $_.LastWriteTimeUtc -gt $stampTime } | Select-Object -First 1)
}

if (Test-NeedsBuild) {
    $stampNext = "$BuildStamp.next"
    New-Item -ItemType File -Force -Path $stampNext | Out-Null
    $buildLog = Join-Path $TempDir "build.log"
    # A separate output folder: a target that builds the solution never overwrites the running _build.dll.
    # Native commands writing to a redirected stderr must not stop the script (Windows PowerShell 5.1 would): the exit code decides.
    $ErrorActionPreference = "Continue"
    & $Dotnet build $BuildProject -nologo -clp:NoSummary --verbosity quiet -o $BuildOutput *> $buildLog
    $buildExit = $LASTEXITCODE
    $ErrorActionPreference = "Stop"
    if ($buildExit -ne 0) {
        Get-Content $buildLog | Write-Host
        Write-Host "Building build/_build.csproj failed."
        Remove-Item -Force $stampNext -ErrorAction SilentlyContinue
        exit 3
    }
    Move-Item -Force $stampNext $BuildStamp
}

$ErrorActionPreference = "Continue"
& $Dotnet (Join-Path $BuildOutput "_build.dll") @BuildArguments
exit $LASTEXITCODE
