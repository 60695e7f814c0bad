# Build the Windows installer in one command (PowerShell, from the repository root):
#
#     powershell -ExecutionPolicy Bypass -File packaging\windows\build-windows.ps1
#
# NOT built or tested here: the project's machines run Linux. Written to run unchanged on
# Windows 10/11 x64 with Python 3.11 (py launcher) and Inno Setup 6 (ISCC.exe) installed.
# Steps: clean venv in build\windows\venv -> install the app (no test extras) + PyInstaller
# -> freeze with packaging\pyinstaller\counterweight.spec -> dist\counterweight\ -> smoke
# checks -> Inno Setup -> dist\counterweight-<version>-windows-x64-setup.exe.
# The program and installer icon, packaging\windows\counterweight.ico, is committed (packaging/make-icons.py).
$ErrorActionPreference = "Stop"
$Root = (Resolve-Path "$PSScriptRoot\..\..").Path
$Work = Join-Path $Root "build\windows"
$Dist = Join-Path $Root "dist"
$Python = if ($env:PYTHON) { $env:PYTHON } else { "py -3.11" }
$PyInstallerSpec = if ($env:PYINSTALLER_SPEC) { $env:PYINSTALLER_SPEC } else { "pyinstaller>=6.10,<7" }

if (Test-Path $Work) { Remove-Item -Recurse -Force $Work }
New-Item -ItemType Directory -Force -Path $Work, $Dist | Out-Null
Invoke-Expression "$Python -m venv `"$Work\venv`""
$Py = Join-Path $Work "venv\Scripts\python.exe"

# Install from a clean copy so stale build\lib files never reach the bundle.
$Src = Join-Path $Work "src"
New-Item -ItemType Directory -Force -Path $Src | Out-Null
foreach ($item in "pyproject.toml", "README.md", "desktop", "resources", "data") {
    Copy-Item -Recurse -Path (Join-Path $Root $item) -Destination $Src
}
& $Py -m pip install --disable-pip-version-check $Src $PyInstallerSpec
if ($LASTEXITCODE -ne 0) { throw "pip install failed" }
$Version = (& $Py -c "import counterweight; print(counterweight.__version__)").Trim()

$Bundle = Join-Path $Dist "counterweight"
if (Test-Path $Bundle) { Remove-Item -Recurse -Force $Bundle }
Push-Location $Work
& $Py -m PyInstaller --noconfirm --clean --distpath $Dist --workpath (Join-Path $Work "pyinstaller") `
    (Join-Path $Root "packaging\pyinstaller\counterweight.spec")
Pop-Location
if ($LASTEXITCODE -ne 0) { throw "PyInstaller failed" }

& (Join-Path $Bundle "counterweight.exe") --version
if ($LASTEXITCODE -ne 0) { throw "the frozen program does not start" }

$Iscc = Get-Command ISCC.exe -ErrorAction SilentlyContinue
$IsccPath = if ($Iscc) { $Iscc.Source } else { "${env:ProgramFiles(x86)}\Inno Setup 6\ISCC.exe" }
& $IsccPath "/DAppVersion=$Version" (Join-Path $Root "packaging\windows\counterweight.iss")
if ($LASTEXITCODE -ne 0) { throw "Inno Setup failed" }

$BundleMB = [math]::Round(((Get-ChildItem -Recurse $Bundle | Measure-Object Length -Sum).Sum) / 1MB, 1)
$Setup = Join-Path $Dist "counterweight-$Version-windows-x64-setup.exe"
$SetupMB = [math]::Round((Get-Item $Setup).Length / 1MB, 1)
Write-Host "bundle: $BundleMB MB (budget 150); installer: $SetupMB MB"
Write-Host "test it: `$env:COUNTERWEIGHT_BUNDLE='$Bundle'; python -m pytest tests\packaging\test_bundle.py"
