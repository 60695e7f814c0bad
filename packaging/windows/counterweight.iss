; Inno Setup 6 script for Counterweight (Windows x64). NOT built or tested here: the
; project's machines run Linux. Build on Windows with packaging\windows\build-windows.ps1,
; which freezes the app into dist\counterweight\ first and passes the version:
;     ISCC.exe /DAppVersion=0.1.0 packaging\windows\counterweight.iss
; Output: dist\counterweight-<version>-windows-x64-setup.exe

#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif
#define AppName "Counterweight"
#define SourceDir "..\..\dist\counterweight"

[Setup]
AppId={{6C1E2F0B-5D8A-4E5B-9B8E-3C0A7F4D2E11}
AppName={#AppName}
AppVersion={#AppVersion}
AppPublisher=Counterweight maintainers
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
OutputDir=..\..\dist
OutputBaseFilename=counterweight-{#AppVersion}-windows-x64-setup
Compression=lzma2/max
SolidCompression=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
; Per-user install is allowed (no admin rights on many managed workstations).
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ChangesAssociations=yes
UninstallDisplayIcon={app}\counterweight-gui.exe
; The installer's own icon, beside this script (made by packaging/make-icons.py)
SetupIconFile=counterweight.ico
WizardStyle=modern

[Files]
; The whole PyInstaller one-folder bundle (counterweight.exe, counterweight-gui.exe, _internal\)
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\counterweight-gui.exe"
Name: "{group}\Uninstall {#AppName}"; Filename: "{uninstallexe}"

[Registry]
; .counterweight files open in Counterweight (HKA = HKLM for admin installs, HKCU otherwise)
Root: HKA; Subkey: "Software\Classes\.counterweight"; ValueType: string; ValueName: ""; ValueData: "Counterweight.Project"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.counterweight\OpenWithProgids"; ValueType: string; ValueName: "Counterweight.Project"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\Counterweight.Project"; ValueType: string; ValueName: ""; ValueData: "Counterweight decision project"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\Counterweight.Project\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\counterweight-gui.exe,0"
Root: HKA; Subkey: "Software\Classes\Counterweight.Project\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\counterweight-gui.exe"" ""%1"""

[Run]
Filename: "{app}\counterweight-gui.exe"; Description: "Start {#AppName}"; Flags: nowait postinstall skipifsilent
