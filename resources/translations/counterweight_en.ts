<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Counterweight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weigh policy options against criteria, with every score, weight and change recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counterweight works entirely offline. It never connects to a network: your decisions, scores and audit trail stay in files on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versions of Counterweight and its parts, to quote when asking help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Third-party licences: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The licences of the parts Counterweight is built from are installed with the packaged application.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Third-party licences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the licences of the bundled libraries are</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closes the About box</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AcceptabilityChart</name>
    <message>
        <source>Rank acceptability: share of the draws giving each rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of the draws (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ranks {0}–{1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rank {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ranks {0} to {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{option}: {ranks} in {share} % of the draws</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AcceptabilityResults</name>
    <message>
        <source>uniform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>triangular</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PERT (beta)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No score has a range, so only the weights vary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} of {1} scores have a range; they are drawn from a {2} distribution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> ({0} set their own).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Option</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tables show the top {0} of {1:,} options (those most often ranked first) and ranks 1 to {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0:,} draws, seed {1}; weights: {2}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} of random weight sets fell within the ranges.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank acceptability and confidence factor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About the confidence factor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of draws giving each rank, and each option&apos;s confidence factor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank acceptability chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For each option, the share of draws in which it takes each rank.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Central weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uncertainty results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ranks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The average weights under which each option comes first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes on the results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the run could not vary, and other remarks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Run (Ctrl+R) to see how often each option takes each rank when the uncertain scores and weights vary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidence factor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How often the option comes first when the weights are held at its own central weights and only the scores vary (SMAA-2 confidence factor)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No confidence factor is shown: the weights were not drawn, so it would only repeat Rank 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidence factor: how often the option still comes first when the weights are held at its central weights (the average weights of the draws it won) and only the scores vary. It is not the chance that the option is the best choice; that is Rank 1. A dash: the option never came first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>excluded by a red line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excluded by a red line, so left out of the draws, the ranks and the chart: {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 ranged score varied within its range</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n ranged scores varied within their ranges</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>1 level-rated score with weak or no evidence varied one level either way</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n level-rated scores with weak or no evidence varied one level either way</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>1 level-rated score varied one level either way</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n level-rated scores varied one level either way</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>weights drawn uniformly over all %n scored criteria together, ignoring the groups (a group with more criteria under it gets more weight on average)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>weights drawn uniformly within their ranges</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>weights drawn uniformly over all %n scored criteria together, keeping their order of importance</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>1 level-rated score held as rated</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n level-rated scores held as rated</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>1 numeric score without a range held at its value</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n numeric scores without a range held at their values</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>weights held as set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The 1 level-rated score will move one level either way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>All %n level-rated scores will move one level either way.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{0} of %n level-rated scores (those with weak or no evidence) will move one level either way.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No score has a range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing varied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each score is drawn independently of the others.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Past a red line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of the draws in which at least one of the option&apos;s drawn scores is past a red line: {0}. Who takes part in the draws is decided on the central scores, as in the ranking.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AnalysisTabs</name>
    <message>
        <source>Analysis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The analyses of the ranking; Ctrl+1 to Ctrl+7 open a tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ranking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare methods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sensitivity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uncertainty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Perspectives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disagreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trade-offs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ranking under the method in use (Ctrl+1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every method&apos;s ranking side by side (Ctrl+2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the ranking responds to the weights (Ctrl+3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How sure the ranking is, given uncertain scores and weights (Ctrl+4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ranks under named perspectives and scenarios; snapshots (Ctrl+5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the analysts disagree, and whether it changes the top option (Ctrl+6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The options on two parts of the value tree, and which are worth considering (Ctrl+7)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ranking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Compare methods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sensitivity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Uncertainty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Perspectives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Disagreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Trade-offs</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AnalystsDialog</name>
    <message>
        <source>Analysts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each analyst may give their own scores and weights; where they give none, the shared inputs stand. The group view combines the analysts&apos; views.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick an analyst to edit their name, role and note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analyst&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As it appears in the view switcher and the history; each analyst needs a name of their own. Enter saves the picked analyst, or adds a new one when none is picked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analyst&apos;s role or organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional; helps readers weigh the analyst&apos;s inputs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note on the analyst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: their expertise or a conflict of interest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;ew analyst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a new analyst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clears the selection and the fields; Enter then adds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an analyst with the name, role and note typed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new analyst starts with the shared scores and weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the selected analyst&apos;s name, role and note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keeps the changes typed above (undo with Ctrl+Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected analyst and their inputs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asks first; undo with Ctrl+Z</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geometric mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How scores are combined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How weights are combined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How AHP judgements are combined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AIJ: combine the judgements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AIP: combine the priorities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count the shared inputs as one more voice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The group view then also counts the shared inputs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;cores:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Weights:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;HP judgements:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the group view combines the analysts&apos; inputs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project is open read-only: the analysts cannot be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New analyst: type their name, then press Enter or Add.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Editing {0}: press Enter or Save changes to keep your changes. New analyst starts another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the analyst&apos;s name first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another analyst is already called &quot;{0}&quot;. Give this analyst a name of their own (add initials or an organisation, for example) so that the views, the history and the brief can tell them apart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the analyst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add analyst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added {0}. Type the next analyst&apos;s name, or pick one in the list to edit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an analyst in the list first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit analyst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The analyst typed in Edit &gt; Analysts could not be added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The changes typed for {0} in Edit &gt; Analysts could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dialog still shows what was typed; New analyst there clears it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove {0}? Their own input (a score, weight or judgement) will be removed with them. You can undo this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove {0}? Their {1} own inputs (scores, weights and judgements) will be removed with them. You can undo this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove {0}? They have no inputs of their own. You can undo this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove analyst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change group aggregation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupActions</name>
    <message>
        <source>Restore &amp;from backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the open project with one of its automatic backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open bac&amp;kups folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the folder of automatic backups in the file manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not restore %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored %1 from the backup of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored %1 from the backup of %2; the previous file was moved to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder of automatic backups cannot be read: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no automatic backup of %1 yet. Counterweight makes one each time a project is opened, every half hour while it is being changed, and when it is closed after changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace %1 with the file as it was before you restored on %2 (%3)? The current file is kept beside it, renamed %1.replaced-…, and is listed here too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace %1 with the backup from %2 (%3)? The current file is kept beside it, renamed %1.replaced-…, and can be opened later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open backups folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder of automatic backups cannot be used: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counterweight could not open a file manager here. The automatic backups are in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No automatic backup could be made of %1 when it was closed: %2. Its changes are saved in the project itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopened %1; nothing was restored.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupListDialog</name>
    <message>
        <source>Restore from backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic backups of “%1”, newest first, with the files earlier restores set aside. Restoring one replaces the project with it; the current file is kept beside it under another name, and is listed here next time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each item gives when the backup was made (or which restore it undoes), how many history entries it holds, its size, and what it holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the project with the selected backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close without restoring</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <source>Tab to the text and select it with Shift and the arrow keys, or with the mouse, to copy it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hides this notice until the project is opened again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hides this message until the next problem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BannerArea</name>
    <message>
        <source>Notices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not closed properly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protective marking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project file renamed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tr&amp;y again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saves the changes the project file refused, once the other program has finished with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen for editin&amp;g</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens the project again here, for editing, now that the other window has closed it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counterweight did not close properly the last time this project was open (%1). Every change is saved as it is made, so each change that was accepted is in the file: View &gt; History lists the last ones, and File &gt; Restore from backup… offers the automatic backups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only: this project cannot be changed here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To change it, continue in a copy with File &gt; Save As…, or open it again from File &gt; Open Recent once that is no longer so.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only: the other window has closed this project, so it can now be opened here for editing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project file was renamed to “%1”; Counterweight saves there now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project file was moved to “%1”; Counterweight saves there now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Tr&amp;y again (%n changes)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Hides this message and drops the changes that were not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hides this message until the next problem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss, and drop the changes that were not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change is kept in this window: Try again saves it, File &gt; Save As… saves it in a copy elsewhere, and ✕ drops it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The %n changes are kept in this window: Try again saves them, File &gt; Save As… saves them in a copy elsewhere, and ✕ drops them.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BriefActions</name>
    <message>
        <source>Set protective &amp;marking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the marking shown on the window and on every page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set brief a&amp;uthor…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the name printed as &quot;Prepared by&quot; on briefs (kept on this computer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;brief (PDF)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print brief…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protective marking set to {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protective marking removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Briefs will say &quot;Prepared by {0}&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Briefs will name the account holder as their preparer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export brief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print brief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the printer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A brief is already being prepared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing the brief…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the brief&apos;s analyses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The brief was cancelled; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the brief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress of the brief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote the brief to {0} ({1} pages)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the decision brief as a PDF (the brief is in English, whatever the window&apos;s language)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the decision brief (in English)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BriefAuthor</name>
    <message>
        <source>Brief author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name printed as &quot;Prepared by&quot; on every brief from this computer. Leave it empty to print the account&apos;s name: {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name printed as Prepared by</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BriefProcess</name>
    <message>
        <source>An unexpected problem stopped the brief. Nothing in the decision was changed and no brief was written; the details were written to the log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The brief could not be written: the program writing it stopped unexpectedly. Nothing in the decision was changed and no brief was written; you can try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The brief could not be written: the program writing it ended with exit status {0}. Nothing in the decision was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChartSaving</name>
    <message>
        <source>Save &amp;chart as picture…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the chart with the keyboard focus, or else the first chart shown, as PNG or SVG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cop&amp;y chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the chart with the keyboard focus, or else the first chart shown, as a picture to paste into a document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the chart as a picture to paste into a document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save chart as &amp;PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save chart as &amp;SVG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No chart is shown; open a tab with a chart first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG pictures (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SVG drawings (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save chart as picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save chart as PNG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save chart as SVG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the chart to {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied the chart as a picture; paste it into a document</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComparisonPanel</name>
    <message>
        <source>Compare methods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do the methods agree?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether every method puts the same option first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caveats of each method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Near ties, compromise sets, zero scores and preference functions that qualify the methods&apos; answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank of each option under each method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options in rows, methods in columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement between methods, Kendall&apos;s tau-b</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1: same order, 0: unrelated, -1: reversed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kendall&apos;s tau-b between two rankings: 1 = same order, 0 = unrelated, −1 = reversed; over the options every method ranks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ranks per method chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One line per option through its rank under each method, rank 1 at the top; flat lines mean the methods agree, crossing lines that the choice of method matters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart legend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ranks, chart and agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the comparison of methods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No project is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updating…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The results below are from before the last change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare methods updated: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The methods cannot be compared: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Option</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — the method in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>excluded by a red line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be placed (a score is missing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}: not ranked by {1}, {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}: rank {1} under {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ranks table lists the first {0} of {1:,} options under the method in use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} vs {1}: tau-b {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>undefined (too few options, or all tied)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No option is ranked by every method, so the methods cannot be compared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{0}&apos;</source>
        <extracomment>Translators: an option&apos;s name in quotes, as in &quot;All five methods put &apos;Alpha&apos; first.&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All five methods put {0} first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>two</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} (⚑ breaches the red line on {1})</source>
        <extracomment>Translators: {0} an option&apos;s name, {1} a criterion&apos;s name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} (⚑ breaches the red lines on {1})</source>
        <extracomment>Translators: {0} an option&apos;s name, {1} two or more criteria</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} proposes the compromise set {1}</source>
        <extracomment>Translators: {0} one method&apos;s name (VIKOR), {1} two or more option names</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} propose the compromise set {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} has {1} in a near tie for first</source>
        <extracomment>Translators: {0} one method&apos;s name, {1} two or more option names</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} have {1} in a near tie for first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} puts {1} joint first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} put {1} joint first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>three</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>four</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>five</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All {0} methods put {1} joint first.</source>
        <extracomment>Translators: {0} is how many methods (a word), {1} two or more option names</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All {0} methods put {1} first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>level points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PROMETHEE II uses the usual preference function (type I) on its one criterion: any difference, however small, counts as full preference.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PROMETHEE II uses the usual preference function (type I) on both criteria: any difference, however small, counts as full preference.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PROMETHEE II uses the usual preference function (type I) on all {0} criteria: any difference, however small, counts as full preference.</source>
        <extracomment>Translators: {0} is a number of criteria (3 or more)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} on &apos;{1}&apos; ({2})</source>
        <extracomment>Translators: {0} a preference function&apos;s name, {1} a criterion&apos;s name, {2} its thresholds (&quot;q = 1 $bn&quot;)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the usual function (type I, no thresholds: any difference counts as full preference) on &apos;{0}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the usual function (type I, no thresholds: any difference counts as full preference) on the other {0} criteria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PROMETHEE II preference functions: {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VIKOR: {0} tie on Q, so no option has an acceptable advantage and VIKOR proposes a compromise set (Opricovic &amp; Tzeng 2004).</source>
        <extracomment>Translators: {0} two or more option names</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VIKOR: {0} leads on Q by {1}, less than DQ = {2}, so no option has an acceptable advantage and VIKOR proposes a compromise set (Opricovic &amp; Tzeng 2004).</source>
        <extracomment>Translators: {0} an option&apos;s name, {1} a difference in VIKOR&apos;s Q (&quot;0.0345&quot;), {2} DQ (&quot;0.25&quot;)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VIKOR: {0} leads on Q by at least DQ = {1} but is not also best on S or R (no acceptable stability), so VIKOR proposes it together with the runner-up (Opricovic &amp; Tzeng 2004).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}: {1} leads {2} by only {3} points out of 100, a near tie (under {4} points).</source>
        <extracomment>Translators: {0} a method, {1} and {2} option names, {3} and {4} points out of 100 (&quot;0.03&quot;, &quot;0.05&quot;)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}: {1} scores 0 because its value on {2} is 0 (a single 0 makes the product 0).</source>
        <extracomment>Translators: {0} the weighted product&apos;s name, {1} an option, {2} one or more criteria</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}: one more option scores 0 for the same reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}: {1} more options score 0 for the same reason.</source>
        <extracomment>Translators: {0} the weighted product&apos;s name, {1} a count of options (2 or more)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} puts {1} first</source>
        <extracomment>Translators: {0} is one method&apos;s name, {1} one or more option names.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} put {1} first</source>
        <extracomment>Translators: {0} is a list of method names, {1} one or more option names.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The methods differ only within ties, near ties or a compromise set: {0}. {1} is first or level for first under every method.</source>
        <extracomment>Translators: {0} parts such as &quot;VIKOR proposes the compromise set &apos;A&apos; and &apos;B&apos;&quot;; {1} one option name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The methods differ only within ties, near ties or a compromise set: {0}. {1} are first or level for first under every method.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Methods disagree on the top option: {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; </source>
        <extracomment>Translators: separates &quot;&lt;methods&gt; put &lt;option&gt; first&quot; parts in &quot;Methods disagree on the top option: {0}.&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left out of the agreement measure (not ranked by every method): {0}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConclusionDialog</name>
    <message>
        <source>The analysis ranks no option at present.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The analysis ranks %1 first (%2 out of 100).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The analysis ranks %1 equal first (%2 out of 100 each).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommendation and decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not decided yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date of the decision:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommended o&amp;ption:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reasons:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommended &amp;by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided opt&amp;ion:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided b&amp;y:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This project is open read-only: the record is shown but cannot be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A person, team or body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommended option</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The option the staff recommend; None yet when there is no recommendation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reasons for the recommendation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why this option is recommended, especially when the analysis ranks another first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommended by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who makes the recommendation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided option</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The option finally decided; Not decided yet until the decision is taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who took the decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the date of the decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick to record when the decision was taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of the decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the decision was taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note on the decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A note on the decision, for example why it departs from the analysis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The analysis&apos;s top option</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not the option the analysis ranks first on its own: give the reasons for recommending it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reasons are given yet; the brief will say so.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The option decided is not the one the analysis ranks first on its own; the note can say why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reasons are %1 characters long; the most is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note is %1 characters long; the most is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set recommendation and decision</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConclusionLine</name>
    <message>
        <source>Recommendation and decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded with Edit › Recommendation and decision…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommended: %1 (by %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommended: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided: %1, by %2 on %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided: %1, by %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided: %1, on %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not decided yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A recommendation or decision note is recorded, without an option.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContributionChart</name>
    <message>
        <source>Score out of 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contribution of each criterion to the overall score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{option}: {segment} adds {points} of {total} points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top {0} of {1} options</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CriteriaPanel</name>
    <message>
        <source>Criteria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Criteria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of criterion or group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a scored criterion to the selected group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert adds a criterion, Ctrl+Shift+Insert adds a group, F2 renames, Return edits, Alt+Up and Alt+Down move, Ctrl+Shift+M moves to another group, Delete removes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a group of criteria in the selected group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename the selected criterion in place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the scale, direction, unit and description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selected criterion up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selected criterion down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;to group…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selected criterion into another group or to the top level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected criterion, what it holds and its scores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+ Criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+ Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>↑ Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>↓ Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criterion actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name typed in the Criteria tree could not be applied.

{0}

The tree still shows what was typed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{0}” starts with {1}, {2} % of the top-level weight. Set its points under Weights.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{0}” starts with {1}, {2} % of the weight in “{3}”. Set its points under Weights.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criterion %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no other group to move “%1” into. Add a group with + Group first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the %1 “%2”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It holds one criterion, which goes with it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>It holds %n criteria, which go with it:</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>…and %n more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No scores will be deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One score will be deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n scores will be deleted.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>You can undo this with Edit › Undo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete group</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CriteriaTreeModel</name>
    <message>
        <source>Criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measured on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group of one criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Group of %n criteria</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Scored criterion, measured on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>group of %n</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n levels</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>higher is better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lower is better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename group</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CriterionDialog</name>
    <message>
        <source>Edit group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name shown in the score matrix, weights and reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is measured and why; Tab moves on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit of the scores, such as $bn or days; may be left empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lower bound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lowest score the scale allows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upper bound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The highest score the scale allows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measurement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether a higher or a lower score is better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Higher is better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lower is better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scale type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A number between two bounds, or named levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numeric (a number between two bounds)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qualitative (named levels)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scale &amp;type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;irection:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which direction applies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Says which scores count as better, and why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lower bound:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>U&amp;pper bound:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Poor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: “%2” is ambiguous: a comma followed by three digits may separate thousands or mark decimals. Type it without the comma, or with a decimal point.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: enter a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lower bound: must be below the upper bound (%1 is not below %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scale: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level %1: the label is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level %1 (%2): the value must be a number from 0 to 100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Levels: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name: must not be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The piecewise value function decides what is better: it rises from %1 at %2 to %3 at %4, so higher scores are better. Direction follows it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The piecewise value function decides what is better: it falls from %1 at %2 to %3 at %4, so lower scores are better. Direction follows it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The piecewise value function decides what is better: its best value (%5) is at %6, not at either end, so Direction is not used by it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove every breakpoint to use a straight line in the direction you choose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Straight line between the bounds: higher scores are better.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Straight line between the bounds: lower scores are better.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Straight line between the bounds: a score of %1 is best (value 100) and %2 worst (value 0), so higher scores are better.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Straight line between the bounds: a score of %1 is best (value 100) and %2 worst (value 0), so lower scores are better.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each level carries its own value (100 best, 0 worst), so Direction does not apply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value function breakpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Piecewise value function: one row per point, a score and its value from 0 (worst) to 100 (best); empty means a straight line between the bounds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;breakpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move breakpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes the value function&apos;s breakpoints above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Value function:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value (0-100)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Straight lines between these points; the end points follow the bounds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No breakpoints: a straight line between the bounds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breakpoint %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: enter the score.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the score %2 is already used by breakpoint %3; each score needs its own row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the score %2 is outside the scale (%3 to %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the value must be a number from 0 to 100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value function: a piecewise function needs at least two breakpoints, one at each bound; remove the last one for a straight line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breakpoint %1: the lowest score (%2) must be at the lower bound (%3), so the function covers the whole scale.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breakpoint %1: the highest score (%2) must be at the upper bound (%3), so the function covers the whole scale.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One row per level. Value: 0 (worst) to 100 (best).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns: label, what the level means, value from 0 to 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Descriptor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move u&amp;p</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes the list of levels above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DamagedSnapshot</name>
    <message>
        <source>The snapshot “%1”, taken %2, cannot be used: its stored copy of the decision is damaged (%3). Nothing you have entered is lost: the project itself is not affected and everything else keeps working.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Damaged snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy was changed after the snapshot was taken (the file may have been damaged, or changed by another program), so Counterweight cannot compare with it or export it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To get it back, restore an automatic backup made before it was damaged (File &gt; Restore from backup…): the current file is kept beside it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Or delete the snapshot so this message does not come back (Undo puts it back).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project is open read-only: open it for editing to delete the snapshot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete snapshot</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DecisionDetailsDialog</name>
    <message>
        <source>Decision details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. The scores are illustrative, not an assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The decision&apos;s name, shown in the window title and on the brief (required, up to %1 characters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is being decided and why (optional, up to %1 characters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notice:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown as a banner across the top of the window; leave empty for no banner (up to %1 characters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The decision needs a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The title is %1 characters long; the most is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is %1 characters long; the most is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit decision details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DisagreementPanel</name>
    <message>
        <source>Disagreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disagreement summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether one analyst&apos;s inputs would change the top option</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each analyst&apos;s top option</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spread of the scores, option by criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spread of the weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The option each analyst&apos;s view puts first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coefficient of variation of each score across analysts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each analyst&apos;s weight for a criterion, as a share of its group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disagreements that change the top option</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each single value from one analyst that would put another option first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top option per analyst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scores: coefficient of variation across analysts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weights: share of their group (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How far the analysts&apos; scores and weights differ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updating: starting again with the latest change…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the disagreement analysis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updating…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The results below are from before the last change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disagreement updated: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No analysts are named in this project yet. Add them under Edit &gt; Analysts… and give them their own scores or weights.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disagreement cannot be worked out: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None: no single value from one analyst changes the top option.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No single analyst&apos;s inputs change the top option</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The top option would change under {0}&apos;s inputs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The top option would change under {0}&apos;s inputs, which are the shared inputs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analyst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top option</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared inputs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(differs from the group)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>range {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fewer than two analysts scored this cell.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (shared: no score of their own)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Range: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scores differ around an average of 0, so the coefficient of variation cannot be worked out; the range is shown instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— (no judgements of their own yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(the shared inputs: no judgements of their own yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No analyst has judgements of their own yet ({0}): each analyst&apos;s view is the shared inputs, so there is no disagreement to show. Choose an analyst under Whose judgements and give them their own scores or weights.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No judgements of their own yet: {0}. The shared inputs stand in for them below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shared inputs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}&apos;s score of {1} on {2} ({3} instead of the group&apos;s {4}) makes {5} the top option.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}&apos;s weights of {1} and {2} ({3} / {4} % instead of the group&apos;s {5} / {6} %) make {7} the top option.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}&apos;s weight of {1} ({2} % of its group instead of the group&apos;s {3} %) makes {4} the top option.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditCommand</name>
    <message>
        <source>Set {0}&apos;s score of {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change {0}&apos;s weight of {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the top level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set {0}&apos;s weight judgements under {1}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EngineText</name>
    <message>
        <source>With {n} criteria the random index comes from Saaty&apos;s later table (Saaty 2005): the 1980 table stops at {last}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pairwise judgements are inconsistent: CR {cr:.3f} is above {limit:.2f}. The judgement that fits the others least is {first} vs {second} ({value}; about {suggestion} would fit).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{option}&apos; is dominated by &apos;{other}&apos; on the rated values: &apos;{other}&apos; is at least as good on every criterion and better on {criteria}, so at those values no choice of weights ranks &apos;{option}&apos; above it. {ranges}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{option}&apos; is dominated by &apos;{other}&apos;: &apos;{other}&apos; is at least as good on every criterion and better on {criteria}, so no choice of weights ranks &apos;{option}&apos; above it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{option}&apos; is dominated by {others} on the rated values: each is at least as good on every criterion and better on at least one, so at those values no choice of weights ranks &apos;{option}&apos; above any of them. {ranges}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{option}&apos; is dominated by {others}: each is at least as good on every criterion and better on at least one, so no choice of weights ranks &apos;{option}&apos; above any of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Across their score ranges (the worst end of each range against the best end for &apos;{option}&apos;) it holds for {held} but may not for {rest}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On &apos;{criterion}&apos; {who} has the same score, so it cannot tell the options apart: {effect}. Moving its weight only moves weight to or from the criteria beside it, so its sensitivity thresholds say how far those criteria can lose or gain weight, not how much &apos;{criterion}&apos; matters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On &apos;{criterion}&apos; {who} has the value 0, so under the weighted product every option&apos;s score is 0 and the options tie whatever their other scores. A weight of 0 on &apos;{criterion}&apos;, or a normalisation, value function or levels that do not give its scores the value 0, lets the other criteria decide.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This holds across their score ranges too: at the worst end of every range, &apos;{other}&apos; is still at least as good as &apos;{option}&apos; at the best end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This holds across their score ranges too: at the worst end of every range, each is still at least as good as &apos;{option}&apos; at the best end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Within their score ranges it may not hold for any of them: each has a range whose worst end is worse than the best end for &apos;{option}&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Within their score ranges it may not hold: on {criteria} the ranges overlap (the worst end for &apos;{other}&apos; is worse than the best end for &apos;{option}&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every option</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every option in the ranking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it adds nothing to the differences between them under {method}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it adds the same amount to every option&apos;s total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it multiplies every option&apos;s score by the same factor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is treated as the worst possible score (value 0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{method} cannot place the option, so it is listed after the ranked options without a rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this does not affect the {method} result (the criterion carries no weight or has no scores)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{option}&apos; has only a range, no central value, on &apos;{criterion}&apos;; {consequence}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{option}&apos; has no score on &apos;{criterion}&apos;; {consequence}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The decision has no options to compare yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The decision has no scored criteria yet, so every option scores 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every option is excluded by a red line, so no option is ranked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The decision has no options to rank.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The method cannot place any option (each misses a score on a weighted criterion), so none is ranked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No option is ranked: the red lines exclude some and the method cannot place the others (each misses a score on a weighted criterion).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fewer than two options: nothing can change places.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No option has a score yet, so every option scores 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score changes were not searched: {n} scores is more than {limit}; exact distances are available for the weighted sum with value functions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No option has a score on &apos;{criterion}&apos;, so {method} leaves it out and its weight is shared among the other criteria.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only one option can be ranked, so {method} has nothing to compare it with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{option}&apos; has value 0 on {criteria}. Under the weighted product a single 0 makes the overall score 0 whatever the other scores; the &apos;ratio to best&apos; normalisation avoids this for criteria measured from a true zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{criterion}&apos; has negative scores; vector normalisation assumes scores measured from a true zero, so TOPSIS&apos;s result depends on where zero lies. Min-max normalisation does not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every ranked option has the same score on &apos;{criterion}&apos;, so it cannot separate them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TOPSIS cannot separate the options: they coincide with both the ideal and the anti-ideal (no weighted criterion differs between them), so each gets closeness 0.5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PROMETHEE settings mention criterion &apos;{criterion}&apos;, which is not a scored criterion; that setting is ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On &apos;{criterion}&apos; no two options differ by more than the indifference threshold q = {q:g}, so the criterion has no effect on the PROMETHEE ranking.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every ranked option has the same score on &apos;{criterion}&apos; (best = worst), so VIKOR counts no regret on it for anyone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>group utility S</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>individual regret R</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every option has the same {what}, so that part of Q does not separate them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VIKOR proposes {option} as the compromise solution: it leads on Q by at least DQ = {dq:.3g} and is also best on group utility S or individual regret R.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{first} and {second}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VIKOR proposes {options} together as compromise solutions: {option} leads on Q by enough, but is not also best on group utility S or individual regret R.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VIKOR proposes a compromise set of {n} options ({options}): they lie within DQ = {dq:.3g} of the best Q, so no single option leads by enough.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No option has a score on {criterion}, so every option gets the worst value (0) on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every option has the same score on {criterion}, so it cannot tell the options apart; each option gets the full value (1) on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{criterion} {reason}, which the &apos;{method}&apos; normalisation cannot handle; min-max normalisation was used for this criterion instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has a negative score ({low:g})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has only zero scores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has a score of zero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is excluded from the ranking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is flagged beside the ranking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Reason for this red line: {note}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{option}&apos; is rated &apos;{level}&apos; on &apos;{criterion}&apos;, worse than the red-line level &apos;{limit}&apos;; {consequence}.{note}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{option}&apos; scores {score} on &apos;{criterion}&apos;, within the red line of {limit}, but the low end of its range ({end}) would breach it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{option}&apos; scores {score} on &apos;{criterion}&apos;, within the red line of {limit}, but the high end of its range ({end}) would breach it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{option}&apos; scores {score} on &apos;{criterion}&apos;, below the red line of {limit} ({direction}); {consequence}.{note}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{option}&apos; scores {score} on &apos;{criterion}&apos;, above the red line of {limit} ({direction}); {consequence}.{note}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{option}&apos; has no central score on &apos;{criterion}&apos;, so its red line cannot be checked; the option is not treated as breaching it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every option is excluded by a red line, so the sensitivity analysis has nothing to rank; there is no top option to test.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{why} There is no top option to test.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score ranges were widened for lack of evidence (1 score): by 20 % of the scale on each side with no evidence, 10 % with only weak evidence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score ranges were widened for lack of evidence ({n:,} scores): by 20 % of the scale on each side with no evidence, 10 % with only weak evidence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every option is excluded by a red line, so the uncertainty analysis has nothing to rank; no draws were made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The decision has no options, so the uncertainty analysis has nothing to rank; no draws were made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only {percent:.2g}% of random weight sets fell inside the weight ranges; the ranges are narrow, so the run was slow and the weights barely vary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score ranges are not used: the normalisation &apos;{normalization}&apos; depends on all options&apos; scores together; choose value functions to let scores vary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{option}&apos; has only a range on &apos;{criterion}&apos;: the ranking counts it as missing, the uncertainty analysis draws it from the range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No weight range is set for {criteria}; they may take any weight from 0 to 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing varies: the weights are taken as exact and no score has a range, so every acceptability is 0 or 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level-rated scores are held as rated: the normalisation &apos;{normalization}&apos; depends on all options&apos; scores together; choose value functions to let them vary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing varies: the weights are taken as exact, no score has a range and no level-rated score is set to vary, so every acceptability is 0 or 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The group it belongs to carries no weight, so its weight cannot change the result.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No criterion under it carries weight, so its weight cannot change the result.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is the only criterion in its group that can carry weight; its local weight is always 100 %.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{criterion} has a swing rating of 0, so it gets no weight.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{criteria} share rank {rank}, so they share the weights of their positions equally.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The group &apos;{group}&apos; has no scored criteria under it, so it contributes nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No criterion carries any weight, so every option scores 0. Give at least one criterion (and each group above it) a positive weight.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No criterion under the group &apos;{group}&apos; carries any weight, so the group contributes nothing and its weight goes to the criteria beside it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{criterion}&apos; has zero weight, so it does not affect the result.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported back, this score table would come in as a plain table: equal weights, every direction &apos;higher is better&apos; and each scale from the scores in the file. To bring the decision back, export a workbook (.xlsx) or the CSV with one row per score.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A CSV file has no place for the protective marking {marking}: label the file as your handling rules require.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing the file back would lose the red lines, so no option would be flagged or excluded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing the file back would lose the method settings ({method}): the decision would be ranked by the weighted sum with value functions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing the file back would lose the analysts and their own inputs, so there would be no group view.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For a copy that keeps everything, keep the project file or export the decision as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For a copy that keeps everything, keep the project file or export the decision as JSON. The workbook&apos;s Method sheet lists the method settings, the red lines and the weighting judgements, for reading.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A CSV file has no place for the title {title}: the project imported from it is named after the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing the file back would bring the criteria back without their groups ({groups}), each weighted by its global weight, so the ranking would not change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing the file back would keep the weights as points but lose the record of how they were set ({methods}): the judgements, who made them and when, and any note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing the file back would also lose {things}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the options&apos; descriptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the options&apos; sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the criteria&apos;s descriptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the level descriptors of {criteria}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the evidence linked to the scores and the source library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the evidence linked to the scores and the source library (the Rationales sheet lists the evidence, for reading)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the scores&apos; distributions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the uncertainty settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the perspectives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the score scenarios</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the snapshots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The headings of the {sheet} sheet were found on row {row}, so what is above them was not read ({text}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sheet {sheets} was not read: Counterweight reads only the Options, Criteria, Scores, Levels and Decision sheets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sheets {sheets} were not read: Counterweight reads only the Options, Criteria, Scores, Levels and Decision sheets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workbook&apos;s results were worked out with {method}; the imported project is ranked by the weighted sum, because a spreadsheet does not carry method settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workbook&apos;s results show red lines; a spreadsheet does not carry them, so the imported project has none: add them again under Red lines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every criterion has the same weight: set the weights before trusting the ranking.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every score of {criterion} is {value}, so its scale was set to run from {lower} to {upper}; set its bounds in the criterion dialog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the sheet {sheet} was read; the others were not ({sheets}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Weight row gives no weight for {criteria}, so each was given a weight of 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file does not give the direction of {criteria}, so each is taken as &apos;higher is better&apos; (Counterweight does not guess it from a name): set a cost or a harm to &apos;lower is better&apos; in the criterion dialog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file was read as a plain score table (options in rows, criteria in columns). Check what was assumed, below, before trusting a ranking.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The headings were found on row {row}, so what is above them was not read ({text}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scale of a criterion scored with numbers runs from its lowest to its highest score in the file, so the worst option scores 0 on it and the best 100: {ranges}. Widen a scale in the criterion dialog if other values are possible.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sheet {sheet} was read as a plain score table (options in rows, criteria in columns). Check what was assumed, below, before trusting a ranking.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These rows have a name but no scores, and were read as options all the same: {options}. Delete any that is not an option (a footnote, a total) in the Options list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{criterion} holds words, so it is scored with levels valued in the order the words first appear ({levels}); that order says nothing about which is better, so put the levels in order in the criterion dialog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{criterion} {lower} to {upper}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{cell}: {criterion} has no weight, so it was given 1 point, while the criteria beside it have weights; check its weight in the Weights panel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Matrix sheet and the Scores sheet differ at {places}. An import reads scores from the Scores sheet only, so the project has the scores given there; a score changed on the Matrix sheet is not read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Weights sheet and the Criteria sheet differ at {places}. An import reads weights from the Weight column of the Criteria sheet only, so the project has the weights given there; a weight changed on the Weights sheet is not read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file gives the direction of no criterion, so each is taken as &apos;higher is better&apos; (Counterweight does not guess it from a name): set a cost or a harm to &apos;lower is better&apos; in the criterion dialog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} others</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{criteria} also hold words, and are scored with levels in the same way: put their levels in order too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore value from entry #{entry}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo: {step}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo: {step}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>protective marking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recommendation and decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>group aggregation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>judgements under {element}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weights under {element}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>red line on {element}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>packet from {element}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>packet for {element}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weight set {element}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>criterion {element}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>evidence {element}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scenario {element}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>snapshot {element}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>analyst {element}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weights {element}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>option {element}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>source {element}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weight {element}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>score {element}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>packet {element}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} scores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} by {analyst}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{first}; {rest}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{first}, {rest}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{first} {rest}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field}: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{items} and {n} more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} ({low}–{high})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 character</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} criteria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 set of judgements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} sets of judgements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{method}, {normalization}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{method}, vector normalisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{method}, min-max normalisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{method}, v = {v}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1st</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n}st</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n}nd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n}rd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n}th</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at the top level, {place}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>under {parent}, {place}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{place} in the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} (with {criteria} under it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>limit {limit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>level {level}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{criterion}: {bound}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{rule} (excluded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{rule} (flagged)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{source} (cited by {scores})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text: {length}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text: {length}, changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{cells}; and {n} more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no judgements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}, a Counterweight project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}, a decision file (JSON)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}, a decision file (JSON, format version {version})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}, a spreadsheet ({kind})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}, an elicitation packet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}, an elicitation packet for {analyst}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{origin}, written by Counterweight {version}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{origin}, written by Counterweight {version} on {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{origin}, written on {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weight of {criterion}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>judgements for the top-level criteria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{method}, revised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shared value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no value changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what}: {old} → {new}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>packet {packet} for {analyst}, request hash {hash}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>packet {packet} for {analyst}, file {file}, request hash {hash}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>packet {packet} from {analyst}, answered by {who} on {day}, request hash {request}, response hash {response}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base scores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{weights} × {scores}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No option is ranked under every perspective and scenario: each is excluded by a red line, or cannot be placed by the method, under at least one, so there is no robust choice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every option is excluded by a red line under {pair}, so there is no robust choice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every option is excluded by a red line, so there is no robust choice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No option is ranked under {pair} (each is excluded by a red line or cannot be placed by the method), so there is no robust choice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No option is ranked (each is excluded by a red line or cannot be placed by the method), so there is no robust choice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is excluded by a red line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be placed by the method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> under {pair}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (and {n} more)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} {why}{under}{more}, so it cannot be the robust choice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 combination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} combinations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{option} is best under every perspective and scenario ({count}), so it never has any regret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{options} tie: both are best under every perspective and scenario ({count}), so neither ever has any regret. {option} is named because it comes first in the option list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{options} tie: each is best under every perspective and scenario ({count}), so none ever has any regret. {option} is named because it comes first in the option list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> {options} ties on it; the smaller average regret decides.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> {options} tie on it; the smaller average regret decides.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> {options} ties on it, with the same average regret; the option list order decides.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> {options} tie on it, with the same average regret; the option list order decides.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{option} has the smallest worst-case regret ({value:.1f} points, under {pair}).{tie}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no options to choose from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a perspective or a scenario: with the base alone the robust choice is the top option.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Red line on a deleted criterion ({criterion})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{criterion} must not be worse than {level}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{criterion} must not exceed {limit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{criterion} must not fall below {limit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{option} breaches &apos;{rule}&apos; ({score}) — excluded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{option} breaches &apos;{rule}&apos; ({score}) — flagged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The consistency of these judgements cannot be checked: the {table} random-index table stops at {last} criteria, so there is no consistency ratio for {n}. Their consistency index is CI {ci:.3f} (0 when every judgement agrees). Saaty advises comparing at most about seven criteria at a time (Saaty &amp; Ozdemir 2003): group them under a few headings and weight each group on its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no random index for {n} criteria, so no consistency ratio, but none is needed: every judgement agrees with the weights (consistency index 0).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{name}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value function of &apos;{criterion}&apos; neither only rises nor only falls, so no direction fits its scores: {method} compares each option&apos;s value on that function (0 to 100, higher is better) instead, and reads the criterion&apos;s thresholds q, p and s on that scale.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value function of &apos;{criterion}&apos; neither only rises nor only falls, so no direction fits its scores: {method} compares each option&apos;s value on that function (0 to 100, higher is better) instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value function of &apos;{criterion}&apos; neither only rises nor only falls, so no direction fits its scores: the normalisation &apos;{normalization}&apos; rescales each option&apos;s value on that function (0 to 100, higher is better) instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The decision has no scored criteria yet, so {method} cannot tell the options apart: every option ties.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No criterion carries any weight, so {method} cannot tell the options apart: every option ties. Give at least one criterion (and each group above it) a positive weight.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No option has a score yet, so {method} cannot tell the options apart: every option ties.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No option has a score on &apos;{criterion}&apos;, so {method} leaves it out; no other criterion that carries weight has a score either, so every option ties.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{criterion}&apos; above {limit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{criterion}&apos; below {limit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{criterion}&apos; worse than &apos;{limit}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{option}&apos; ranks first in {first} % of the draws; in {past} % of all draws it ranks first while its drawn score on &apos;{criterion}&apos; is past the red line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{option}&apos; ranks first in {first} % of the draws; in {past} % of all draws it ranks first while its drawn score on at least one of {criteria} is past its red line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The weighted product here multiplies &apos;{normalization}&apos; values, which on {criteria} are not proportional to each score divided by the best score: this is not the published ratio form of the method (Bridgman 1922; Triantaphyllou 2000), and it can rank the options differently.{zero} For the published form choose the normalisation &apos;{ratio}&apos; (Ranking tab or Method settings).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Under value functions an option at the worst end of a criterion&apos;s scale (after a plain table import, the worst option) has value 0 there, so its product is 0 whatever its other scores.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Under min-max the worst option on each criterion has value 0 there, so its product is 0 whatever its other scores.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weighted sum (additive value)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weighted product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TOPSIS (closeness to ideal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PROMETHEE II (net flow)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VIKOR (compromise)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value functions (scale bounds)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Min-max across options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ratio to best (cost: min/x)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ratio to max (cost: 1 - x/max)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vector (Euclidean)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>higher is better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lower is better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>value functions (scale bounds)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>min-max across options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ratio to best (cost: min/x)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ratio to max (cost: 1 - x/max)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>share of total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vector (euclidean)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direct points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Swing weighting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank-order centroid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank-sum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AHP pairwise comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add analyst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add option</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add perspective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add red line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change analyst&apos;s weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change group aggregation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change map axes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear weight judgements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete option</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete perspective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit analyst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit decision details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit option</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit perspective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit red line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit score details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Equal weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export elicitation packet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import elicitation packet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move option</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open elicitation packet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste scores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove analyst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove option</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove red line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename option</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore analyst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore option</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore red line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return elicitation packet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set analyst&apos;s score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set analyst&apos;s weight judgements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set protective marking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set rationale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set recommendation and decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set weights from judgements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo elicitation packet import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo restore value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlink evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrade project file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove weight set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore weight set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>aggregation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ahp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ahp priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>analyst id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>analyst inputs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>analysts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>breakpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cited by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>conclusion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>credibility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>criteria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>criteria order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>criterion id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>decided by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>decided on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>decided option id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>decision note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>descriptor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>distribution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>elicitations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>elicited at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>elicited by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>function</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>high</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>imported at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>imported from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>level scores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>locator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lower</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>map axes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>marking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>node id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>normalization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>option id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overrides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pairwise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>parent id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>promethee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>publisher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>q</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ranks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rationale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recommendation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recommended by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recommended option id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>red lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reliability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>samples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scenarios</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shared voice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>snapshots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>source id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>swing points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>taken at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>taken by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>topsis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>uncertainty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>upper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>v</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vikor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weight ranges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weight sets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>widen by evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>x</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this criterion is scored with a number, not a level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this criterion is scored with a level, not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{level} is not one of the levels ({levels})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ranges are only for numeric criteria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the value {x} is outside the scale {lower} to {upper}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the low end {x} is outside the scale {lower} to {upper}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the high end {x} is outside the scale {lower} to {upper}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a folder has that name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>part of the path is a file, not a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permission denied (the file may be open in another program, or the folder read-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write the {what}: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup “{name}” is damaged too, so it cannot be restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The restored project “{name}” is damaged too, so it cannot be restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup “{name}” cannot be used: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The restored project “{name}” cannot be used: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot restore “{name}”: {why}. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” is not an automatic backup made by Counterweight.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the backup “{name}”: {why}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project is open in another Counterweight window ({holder}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counterweight cannot create its lock file next to the project ({why}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save “{name}”: {why}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is read-only on disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder holding the file is read-only, so changes cannot be saved there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the name is too long for this folder ({size} bytes; at most {most} with Counterweight’s side files): choose a shorter name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a name made only of dots would be a hidden file: choose a name with a letter or digit in it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create “{name}”: {why}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot restore “{name}”: {why}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” is the file already open; choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save over “{name}”: it is open in another Counterweight window ({holder}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change could not be saved: “{name}” was deleted, moved or replaced while it was open. Use File &gt; Save As to keep the project as it is in the window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder cannot be written to ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the name is too long for this folder: choose a shorter name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a database tool with changes it has not written yet, for example</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{problem} It was opened read-only instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another program is writing to {file} ({who}), so it was opened read-only. Close that program, then open the project again to make changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change could not be saved to {file}: the disk holding it looks full ({why}). Free some space, or keep a copy elsewhere with Save As; the file still holds the previous state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change could not be saved to {file} ({why}); the file still holds the previous state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open {file} for writing: {why}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk holding the file is full, so changes cannot be saved there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open {file}: the file is damaged ({why}). Open a backup copy instead; the damaged file has not been changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>some of its text is garbled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open {file}: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change was not saved: another program is changing {file} ({who}). Close that program or let it finish, then try again; the file still holds the previous state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open {file} for writing: another program is writing to it ({who}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open {file}: reading it failed (disk I/O error). It may be open in another window or program, or have been moved or renamed while open: close those and try again. If it keeps failing, open a backup copy. The file has not been changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open {file}: it was written by a newer version of Counterweight; upgrade Counterweight to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is empty, so it is not a Counterweight project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not a Counterweight project file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is cut short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open {file}: the file does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open {file}: it is a folder, not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open {file}: you do not have permission to read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open {file}: {why}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is a database, but not a Counterweight project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open {file} for writing: it is from an older version of Counterweight, and the copy kept before upgrading it could not be written ({why}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open {file}: another program is writing to it right now. Open it again once that program has finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project “{name}” is closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes cannot be saved: {reason} Use Save As to keep a copy you can edit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes cannot be saved: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change could not be saved: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” could not be read ({why}); the file may be damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the judgement {first} vs {second}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no judgement compares {first} with {second} ({n} of {total} comparisons are missing); AHP needs every pair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there are no criteria to compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{judgement} compares a criterion with itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{judgement} must be between 1/9 and 9 (it is {value:g})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a pairwise judgement refers to {criterion}, which is not one of the criteria being weighted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{judgement} is given twice with different values ({one} and {other})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there are no criteria to weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at least one criterion needs more than 0 points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the largest swing must be rated 100 and every other swing against it; the highest rating here is {top:g}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there are no criteria to rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the points of {criterion} must be a number of 0 or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the swing rating of {criterion} must be a number of 0 or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the swing rating of {criterion} must be between 0 and 100 (it is {value:g})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the rank of {criterion} must be a whole number of 1 or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the points of {criterion} must be a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the swing rating of {criterion} must be a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another analyst is already called {name}; give each analyst a name of their own, so that the views, the history and the brief can tell them apart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That analyst is no longer in the project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That option or criterion no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That criterion no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{analyst}&apos;s weight of {criterion} must be a number of points, 0 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some of those options or criteria no longer exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 score on {criterion} is a number ({options}), and a scale of named levels cannot hold it. Clear the 1 score on this criterion first, or add a new criterion with the scale you want.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} scores on {criterion} are numbers ({options}), and a scale of named levels cannot hold them. Clear the {n} scores on this criterion first, or add a new criterion with the scale you want.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 score on {criterion} is a level ({options}), and a numeric scale cannot hold it. Clear the 1 score on this criterion first, or add a new criterion with the scale you want.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} scores on {criterion} are levels ({options}), and a numeric scale cannot hold them. Clear the {n} scores on this criterion first, or add a new criterion with the scale you want.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Levels of {criterion} can only be renamed while it keeps named levels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two levels of {criterion} cannot be renamed to the same label.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{option} (analyst {analyst})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{criterion} has no level {level} to rename.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level {level} of {criterion} is renamed {new}, which is not a level.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the red line on {criterion} first: it is set in levels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the red line on {criterion} first: it is set in numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level {level} of {criterion} is used by 1 score ({options}): set those scores to another level first, or keep the level.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level {level} of {criterion} is used by {n} scores ({options}): set those scores to another level first, or keep the level.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The red line on {criterion} names level {level}: set it to another level first, or keep the level.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some of those criteria no longer exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{criterion} holds other criteria, so it must stay a group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score of {cell}: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The destination group no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{criterion} cannot be moved inside itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criteria can only be placed inside a group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another criterion or group is already called {name}; give each criterion a name of its own, as the charts and the brief show criteria without their group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A criterion in {group} is already called {name}; give each criterion a name of its own, as the charts and the brief show criteria without their group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the top level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there are no criteria under {group} to weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the judgements for {group} mention criterion {id}, which does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>swing ratings for {group} are missing for {criteria}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>importance ranks for {group} are missing for {criteria}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weight judgements refer to criterion {id}, which does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{criterion} is a scored criterion; weights are set among the criteria inside a group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the judgements for {group} mention {criterion}, which is not directly under {group}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weights under {group}: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no weight judgements stored there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That source is no longer in the library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a passage of the source&apos;s text first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected passage is {n:,} characters long; link at most {most:,}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A source with id {id} is already in the library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{title}” is cited as evidence by {n} score ({cells}). Removing it also removes those links.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{title}” is cited as evidence by {n} scores ({cells}). Removing it also removes those links.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{criterion} is a group; link evidence to one of its scored criteria.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This passage is already linked to that score.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That evidence is no longer linked to the score.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no analyst {id} in this project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history has no entry #{n}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History entry #{n} ({target}) cannot be restored: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its option no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its criterion no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the analyst&apos;s cell already holds that value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no criterion is called “{name}” any more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>several criteria are now called “{name}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>that weight is already the analyst&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the record already reads so.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{action}” changes cannot be restored from the history; use Undo, or make the change again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the analyst is no longer in the project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the criterion no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the criterion already has those details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its old value is not valid any more ({problem}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the cell already holds that value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>that weight is already current.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the option it recommends has been deleted since.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the option it records as decided has been deleted since.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>criteria no longer exist ({ids}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>those weights are already current.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the option no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the option already has those details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}”</source>
        <extracomment>Translators: a file&apos;s name in quotes, the subject of a sentence about the file</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} is not valid JSON: {what} at line {line}, column {column}.</source>
        <extracomment>Translators: {what} is the JSON reader&apos;s own English words, such as &quot;expecting value&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} holds the key {key} twice in the same object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} is nested too deeply to be a decision file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} holds a number too long to be read (more than {limit:,} digits).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A protective marking is at most {most} characters; this one has {n}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another option is already called {name}; give each option a name of its own, so that the matrix, the charts and the brief can tell them apart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That option no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This packet was already imported on {when} UTC by {user} (history entry #{n}); take that import back before importing it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This packet has not been filled in yet (it is the one exported for {analyst}); import the packet they return.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This packet was not issued by this project (it came from another project called “{title}”, exported {when} UTC by {who}); open the project that exported it, perhaps a copy saved with Save As.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This packet was not issued by this project (it came from “{title}”, exported {when} UTC by {who}); open the project that exported it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The packet does not match the one this project exported (content hash differs); it was altered after export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 value changed both in this project and in the packet since the export ({values}). Nothing was imported; choose which side to keep.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} values changed both in this project and in the packet since the export ({values}). Nothing was imported; choose which side to keep.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This packet&apos;s answers are not imported in this project (never imported, or already taken back); there is nothing to take back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History entry #{n} does not record the values that import replaced, so it cannot be taken back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This packet has already been filled in; import it into the project that issued it (File &gt; Elicitation packets &gt; Import returned packet).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” was not made from an elicitation packet, so there is nothing to return. Open the packet file you were sent (File &gt; Open) and fill it in there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The analyst {name} was removed from this working copy; their answers cannot be returned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The packet cannot be recorded: this project is open read-only. {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The packet cannot be recorded: this project is open read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{option} on {criterion}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That weight set no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That scenario no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That snapshot no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenario {name} refers to option {id}, which does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenario {name} refers to {id}, which is not a scored criterion.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Perspective {name} gives points to criterion {id}, which does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenario {name}: the score of {cell} must be one of the levels ({levels}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenario {name}: the score of {cell} must be a number from {lower:g} to {upper:g}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is neither a Counterweight project ({suffix}) nor a decision file (.json).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no file at {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That red line no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The criterion of this red line no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{criterion} is a group, not a scored criterion, so it cannot have a red line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A red line with id {id} already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This project is open read-only, so it cannot be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This project is open read-only, so it cannot be changed. {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a read-only project is read again from its file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is larger than {limit} MB, the most Counterweight imports as a source. Import the relevant part only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counterweight imports source text from .txt, .md and .html files, not “{kind}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file holds no text to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text is {n:,} characters long; a source can hold at most {most:,}. Import the relevant part only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not {encoding} text (unreadable byte at position {at}). Save it as UTF-8 and import it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is a folder, not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You do not have permission to read this file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be read ({why}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is empty: the first row must hold the column headings (option, criterion, score, ...).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has {n} rows; at most {most} can be imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is not UTF-8 text. In Excel, save it with the type &apos;CSV UTF-8 (Comma delimited)&apos;; in LibreOffice, choose the character set &apos;Unicode (UTF-8)&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is not a CSV file, although its name says so: it looks like an Excel workbook or another zipped file. Rename it to end in .xlsx if it is a workbook; otherwise open it in Excel or LibreOffice and save it as an Excel workbook (.xlsx).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open it in Excel or LibreOffice and save it as an Excel workbook (.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an old Excel 97-2003 workbook (.xls)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an OpenDocument spreadsheet (.ods), as LibreOffice and OpenOffice save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an Apple Numbers spreadsheet (.numbers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an Excel binary workbook (.xlsb)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is not an Excel workbook ({suffix}), although its name says so</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is {kind}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If it is a CSV file (values separated by commas, semicolons or tabs), rename it to end in .csv; otherwise {save_as}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counterweight cannot import {name}: {what}, and the import reads Excel workbooks (.xlsx, .xlsm) and CSV files (.csv, .tsv). {advice}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{problem}: it holds text, perhaps a CSV file that was renamed. Rename it to end in .csv, or {save_as}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file {name} is larger than {limit} MB, far more than a decision needs; is it the right file?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its name ends in {suffix}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its name has no ending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It looks like an Excel workbook: rename it to end in .xlsx.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To import it, {save_as}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{problem}: it is {kind}. To import it, {save_as}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} looks like an Excel workbook but cannot be read; it may be damaged or protected by a password. Open it in Excel or LibreOffice and save it as an Excel workbook (.xlsx), without a password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{problem}. To import it, {save_as}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF brief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>decision file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>elicitation packet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: {message}</source>
        <extracomment>Translators: a place (a file, a field) and what is wrong there</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <source>Counterweight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} and {1} more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>• {0} ({1} times: {2})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>• and 1 other kind of problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>• and {0} other kinds of problem</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErrorReportDialog</name>
    <message>
        <source>Something went wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counterweight ran into a problem it did not expect. Every change you made before this point is already saved. If this keeps happening, press Copy report and send the report to whoever supports Counterweight for you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technical report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What went wrong, for whoever supports Counterweight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows or hides the technical report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Puts the report on the clipboard, to paste into a message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closes this message; Counterweight keeps running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide &amp;report</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvidencePassages</name>
    <message>
        <source>Linked passages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passages of sources linked to this score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each quoted passage with its source and credibility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove lin&amp;k</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected passage from this score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The source keeps its text; undo with Ctrl+Z</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>low credibility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>medium credibility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>high credibility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked passages (of the shared score)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference: {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportRunner</name>
    <message>
        <source>the spreadsheet export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <source>Counterweight projects (*%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New decision…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a new decision in a new project file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a project file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save checkpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes are saved automatically; mark this point as saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the project to a new file and continue there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the &amp;example as shipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a new copy of the worked example, as it came with Counterweight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close Counterweight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists. Replace it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No automatic backup could be made of %1: %2. Your changes are still saved in the project itself; free some space or check the folder, then reopen the project to make one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elicitation packets (*.cwpacket)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not prepare the example project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counterweight will open the example project instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened the example project: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened a new copy of the example: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the project you have open. Choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}: the file could not be used. It may be open in another program that keeps others out (Excel does): close it there and try again. Or this account may not be allowed to read or change it, or its folder: ask whoever looks after that folder. ({1})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}: the file could not be used ({1}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Option %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criterion %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All changes are already saved automatically; checkpoint marked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save project as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is open read-only, so it cannot be saved over itself. Choose another name to save a copy you can change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved as %1; you are now working in this file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the imported decision as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1 into %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FileDrops</name>
    <message>
        <source>Drop one file at a time: %1 files were dropped, and none was opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a file Counterweight opens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save it as an Excel workbook (.xlsx) first, then drop that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop a project (.counterweight), a spreadsheet (.xlsx or .csv) or an elicitation packet (.cwpacket).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a returned elicitation packet; it can only be imported into a project open for changes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FileFollower</name>
    <message>
        <source>reading the project again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated with the changes saved in the other window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The changes saved in the other window could not be read, so this window still shows the project as it was last read. %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HelpActions</name>
    <message>
        <source>User &amp;guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the user guide at the section about the panel in use (F1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <source>Counterweight user guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User guide text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user guide; links jump to its sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a word and press Enter to find it in the guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the guide (Enter finds the next match)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moves to the next place the search word appears</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Contents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the contents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returns to the top of the guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Says whether the search word was found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No section “{0}” in the guide.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{0}” is not in the guide.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by analyst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entries that changed one named analyst&apos;s own inputs, or the shared inputs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by user account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entries saved by one operating-system account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by element</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Element name or id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows entries whose element name or id has this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Da&amp;tes from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows only entries between the two dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First day shown, as year-month-day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day shown, as year-month-day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analyst:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every saved change; double-click goes to it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether the history is intact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head hash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fingerprint of the history; keep a copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record this value outside the project (for example in the brief): a history rewritten later will no longer contain it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The result of the last action on the history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to element</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selects the entry&apos;s option, criterion or score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore this value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sets the value back to before this entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify &amp;again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;py head hash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify history again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to e&amp;lement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore this val&amp;ue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks that no entry was changed or removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy head hash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Puts the head hash on the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared inputs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All analysts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History verified: 1 entry, chain intact</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>History verified: %n entries, chain intact</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Head hash: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History altered at entry %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History altered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The analyst whose value entry %1 changed is no longer in the project; the view is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing %1&apos;s view: entry #%2 changed a value of their own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing the shared inputs: entry #%1 changed a shared value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The element of entry %1 no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored the value from entry %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryTableModel</name>
    <message>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Old value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As recorded:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written by Edit &gt; Undo: it took back the step named after “Undo:”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written by Edit &gt; Redo: it made the step named after “Redo:” again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JsonActions</name>
    <message>
        <source>&amp;Import decision JSON…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a project from a decision (.json) file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export decision JSON…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the decision to a .json file others can import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not import %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not export to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported the decision to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the language of the interface; it applies at the next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;System language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the system language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counterweight will use {0} the next time it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For now the {0} setting ({1}) still decides the language.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Launcher</name>
    <message>
        <source>Counterweight was updated while open; restart it when convenient.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LinkPassageDialog</name>
    <message>
        <source>Link passage to a score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected passage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passage that will be quoted as evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} is shown, but the passage will be linked to the shared scores: library evidence belongs to the shared inputs, not to an analyst&apos;s own scores.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the passage is linked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of scores to link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many scores the passage will be linked to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credibility of this evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How far this passage supports the score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How far this passage supports the score (low, medium, high).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the passage bears on the score (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the passage bears on the score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Options:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cr&amp;iteria:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;redibility:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick each one the passage applies to; Space ticks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passage will be linked to 1 shared score.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The passage will be linked to %n shared scores.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The passage will be linked to 1 score.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The passage will be linked to %n scores.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Lists</name>
    <message>
        <source>{0} and {1}</source>
        <extracomment>Translators: a place (a file, a field) and what is wrong there Translators: the last two of a list of names, as in &quot;A, B and C&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LocalTimes</name>
    <message>
        <source>%1 (local time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local time of this computer (%1). The brief gives each time with its offset from UTC; counterweight audit log lists times in UTC.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Counterweight cannot use its folder {folder}: {reason}.

Make sure that folder (or the file in its place) can be created and written to, or set the COUNTERWEIGHT_HOME environment variable to a folder you can write to.</source>
        <extracomment>Translators: shown when the window cannot start; {folder} is a path, {reason} the system&apos;s reason (such as &quot;Not a directory&quot;).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counterweight could not open any project, not even the example. Check that your Counterweight folder can be written to.</source>
        <extracomment>Translators: shown when the window cannot start because no project opened at all.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counterweight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counterweight was started with --read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cr&amp;iteria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Analysts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Decision details…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reco&amp;mmendation and decision…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ev&amp;idence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whose &amp;judgements:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Counterweight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Source library…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Highlight unsupported scores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hatch the scores that rest on no evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a project first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analyst view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(read-only)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MarkingDialog</name>
    <message>
        <source>Protective marking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The marking is shown across the top of the window and printed at the top and bottom of every page of a brief. Choose one or type your own (one line, up to {0} characters); leave it empty for none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a marking or type your own; leave it empty for none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. OFFICIAL-SENSITIVE</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MethodRanksChart</name>
    <message>
        <source>Rank of each option under each method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared rank (tie)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{option} — {method}: rank {rank}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MethodScoreChart</name>
    <message>
        <source>closeness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closeness to the ideal, C (1 = ideal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>net flow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net flow φ (higher is better)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 − Q</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 − Q (VIKOR; 1 = best)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score out of 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ranked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VIKOR compromise solution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excluded by a red line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top {0} of {1} options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rank {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>excluded by a red line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{option}: {measure} {number} ({where})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MethodSettingsDialog</name>
    <message>
        <source>Method settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aggregation method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the weighted scores are combined into one ranking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Method used for the ranking:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings of each method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One page per family of methods; Ctrl+Tab moves between pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weighted sum / product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TOPSIS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PROMETHEE II</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VIKOR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What must be fixed before OK can be pressed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The weighted sum and the weighted product turn every score into a value from 0 to 1 first. Value functions use each criterion&apos;s own scale; the others rescale against the options being compared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Normalisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How scores are brought to a common 0 to 1 scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Normalisation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TOPSIS ranks options by how close they come to an ideal option and how far from the worst. Vector normalisation is Hwang and Yoon&apos;s original; min-max stretches every criterion to 0-1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TOPSIS normalisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How TOPSIS scales the scores before measuring distances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vector (Euclidean)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Min-max across options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;TOPSIS normalisation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VIKOR balances the best result for the group of criteria as a whole (S) against the worst regret on any single criterion (R). v is the weight of the first: 0.5 balances both; above 0.5 favours the majority of criteria, below 0.5 avoids any single large regret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VIKOR v slider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight of the group result against the worst regret, 0 to 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VIKOR v</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;v:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0: avoid the largest single regret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1: best for the majority of criteria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For every pair of options PROMETHEE II asks, criterion by criterion, how strongly one is preferred. Differences up to q count as no preference; beyond p as full preference; s sets the width of the Gaussian curve. Thresholds are in each criterion&apos;s units (points 0-100 for rated criteria and for a value function that rises and falls); suggestions come from the spread of the scores.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preference function per criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per criterion: score range, function, thresholds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scores range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preference function</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>q (indifference)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p (preference)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>s (Gaussian)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} ({1}); suggested q {2:g}, p {3:g}, s {4:g}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preference function for {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How a difference in scores turns into a preference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>indifference threshold q</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>preference threshold p</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gaussian spread s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} for {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the criterion&apos;s units; first suggested from its scores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not used by this preference function</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}: the indifference threshold q ({1:g}) must be below the preference threshold p ({2:g}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}: the Gaussian spread s must be above 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change method settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weighted sum (additive value)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weighted product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TOPSIS (closeness to ideal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PROMETHEE II (net flow)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VIKOR (compromise)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value functions (scale bounds)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ratio to best (cost: min/x)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ratio to max (cost: 1 - x/max)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type I – usual (no thresholds)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type II – U-shape (indifference q)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type III – V-shape (preference p)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type IV – level (q and p)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type V – V-shape with indifference (q and p)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type VI – Gaussian (s)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MissingScoresLine</name>
    <message>
        <source>Missing scores counted as the worst value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ 1 option has a missing score counted as the worst value (marked in the table).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n options have missing scores counted as the worst value (marked in the table).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>See the notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link shows the notes below the chart.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MoveCriterionDialog</name>
    <message>
        <source>Move to group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the top level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move “%1” (now in %2) and everything it holds into:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destination group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The group to move the criterion into, or Top level; it keeps its points and scores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It keeps its points, which now count against its new siblings&apos; points, and all its scores. You can undo the move.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NameDelegate</name>
    <message>
        <source>A name cannot be empty, so the old name was kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A name can have at most %1 characters, so the old name was kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name was not changed: it %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter keeps the new name, Escape keeps the old one</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OptionDialog</name>
    <message>
        <source>Edit option</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the option comes from, e.g. a citation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name shown in the score matrix, ranking and reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the option would do, in a sentence or two</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What must be fixed before OK can be pressed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Option</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name: must not be empty.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OptionsPanel</name>
    <message>
        <source>Options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert adds, F2 renames, Alt+Return edits details, Alt+Up and Alt+Down move, Delete removes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of option</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add option</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a new option after the selected one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename the selected option in place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit details…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit name, description and source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selected option up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selected option down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected option and its scores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>↑ Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>↓ Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Option actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Options (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Option %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The option name typed in the Options list could not be applied.

{0}

The list still shows what was typed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename option</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the option “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It has no scores yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its one score will be deleted with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Its %n scores will be deleted with it.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Delete option</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can undo this with Edit › Undo.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PacketActions</name>
    <message>
        <source>E&amp;licitation packets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export packet for analyst…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a packet one analyst fills in on their own workstation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import returned packet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check a returned packet and merge the analyst&apos;s values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open packet to fill in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a working project from a packet you were sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Return packet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write your answers in this working project as a returned packet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elicitation packets (*%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export elicitation packet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the analyst first (Edit &gt; Analysts…), then export their packet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not export the packet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote the packet for %1 to %2; the export is in the history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import returned packet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not import the packet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported the packet from %1 (Undo takes it back).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This packet from %1 was already imported on %2 by %3 (history entry #%4).

Take that import back and review the packet again? Each value the import changed goes back to what it was before it; values changed since stay as they are. Taking back is a new step in the history, and Undo reverses it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left as they are now:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not take the import back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Took back the earlier import of the packet from %1 (Undo reverses it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open elicitation packet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the working project as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open the packet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return packet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A note for the project&apos;s owner (optional):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note for the project&apos;s owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write the returned packet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 score</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n scores</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>1 weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n weights</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>1 set of judgements</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n sets of judgements</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Wrote %1: %2, %3, %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 shared score was changed in this working copy. Only your own values (your view) are returned; switch to your view to give it as your own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n shared scores were changed in this working copy. Only your own values (your view) are returned; switch to your view to give them as your own.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PacketExportDialog</name>
    <message>
        <source>Export elicitation packet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The packet holds the options, criteria, shared scores and weights, and the evidence library, but no other analyst&apos;s judgements. The analyst opens it with Counterweight on their own workstation, gives their own values and sends back the returned packet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analyst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The named analyst who will fill in the packet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instructions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A note shown to the analyst when they open the packet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional, e.g. “Please score by Friday; focus on escalation risk.”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Analyst:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Instructions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PacketImportDialog</name>
    <message>
        <source>Import returned packet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packet from {0}, answered {1} by {2}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their note: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} is no longer named in this project and will be added back with every value of the packet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} to take, {1} already equal, {2}, {3} skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 value</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n values</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>1 conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n conflicts</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>1 value was changed only in this project since the export; the analyst returned it as exported, so the project&apos;s value stays.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n values were changed only in this project since the export; the analyst returned them as exported, so the project&apos;s values stay.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>A conflict is a value changed both here and in the packet since the export: choose for each which one to keep. The project&apos;s value is kept unless you choose otherwise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The analyst changed nothing; importing records that the packet came back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from packet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>already equal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed here only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Values in the packet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each value the analyst changed, with the value at export, the project&apos;s value now and the packet&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which value to keep for {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the project&apos;s value or take the packet&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the project&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the packet&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>packet&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>either</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>project&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep all the project&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolve every conflict by keeping the project&apos;s value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Take all the packet&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolve every conflict by taking the packet&apos;s value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PairwiseEditor</name>
    <message>
        <source>Equal importance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weak or slight (between equal and moderate)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moderate importance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moderate plus (between moderate and strong)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strong importance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strong plus (between strong and very strong)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Very strong importance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Very, very strong (between very strong and extreme)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extreme importance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For each pair, move the slider towards the criterion that matters more, and as far as the difference in importance warrants.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pairwise comparisons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} versus {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is only one criterion here, so there is nothing to compare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consistency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Principal eigenvector (Saaty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geometric mean of rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consistency verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Priorities from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>λmax {0} · CI {1}
RI {2} ({3}) · CR {4}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fully consistent: every judgement agrees with the weights (CI 0).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consistency cannot be checked: no random index is published for {0} criteria (Saaty&apos;s tables stop at {1}). Consider grouping them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measures:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use suggestion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Equal importance (1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>between scale points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} more important: {1} ({2})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(stored value, between slider steps)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n/a</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With fewer than three criteria the judgements cannot contradict each other.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consistent enough: CR {0} is at most {1:.2f}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inconsistent: CR {0} is above {1:.2f}. Revisit the judgements listed below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} vs {1}: you said {2}; {3} would fit the other judgements (suggest {4}, CR then {5}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use suggestion {0} for {1} versus {2}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PaperMenu</name>
    <message>
        <source>Brief paper si&amp;ze</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The paper an exported brief is laid out on (kept on this computer); Print brief… uses the printer&apos;s page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;A4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>US &amp;Letter</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PendingEditsGuard</name>
    <message>
        <source>Change not applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing else was done. Correct the change, or drop it (Revert in the score details, Escape in a table or list), then try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PerspectivesPanel</name>
    <message>
        <source>Perspectives and scenarios</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Perspectives (weight sets)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenarios</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New scenario…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snapshots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take snapshot…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save current weights as perspective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep a copy of the decision as it is now (Ctrl+Shift+T)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved sets of weights; each is one way of valuing the criteria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keeps the weights now in use under a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renames the selected perspective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deletes the selected perspective (undo with Ctrl+Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sets of changed scores, such as a pessimistic case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts a scenario with no changed scores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renames the selected scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deletes the selected scenario (undo with Ctrl+Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copies of the decision kept at earlier moments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keeps a copy of the decision as it is now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists what changed between the selected snapshots, or since one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deletes the selected snapshots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a scenario above, or make a new one, to type the scores it changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenario scores: type to override a cell, clear to undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options in rows, criteria in columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank (regret in points) under each perspective and scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options in rows, one column per perspective and scenario. Regret: how many points an option falls short of the best one under that pair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Robust choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether one option is best under every perspective and scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snapshot comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What changed, line by line; read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select one snapshot (compared with now) or two, then Compare…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and {0} more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not ranked under every perspective and scenario (— in the table), so not a candidate: {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The table lists the {0} options of {1:,} with the smallest worst regret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} ({1})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excluded by a red line under {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The method cannot place it under {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}: it takes no part there and cannot be the robust choice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the ranks under every perspective and scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ranks cannot be worked out: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updating…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ranks below are from before the last change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ranks updated: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Robust choice: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as perspective…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenario “{0}”: type a score in a cell to change it in this scenario; clear the cell to keep the base score (shown as the cell&apos;s tooltip).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save perspective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the perspective:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename perspective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the scenario:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} on {1}: type a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the snapshot:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete %n snapshots</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This project is open read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a perspective first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a scenario first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select one snapshot (compared with now) or two first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the snapshots to delete first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProblemListDialog</name>
    <message>
        <source>Counterweight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What went wrong, and the first problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file with the problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The problems in short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each kind of problem once, with how often and where it first occurs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;All {0} problems, one a line (select and copy them, or press Copy list):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All the problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One problem a line; read-only, can be selected and copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Puts every problem on the clipboard, one a line</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RankingChartStack</name>
    <message>
        <source>Contribution chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stacked bars: how many points each top-level criterion adds to each option&apos;s score.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method score chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One bar per option with the chosen method&apos;s own score, best on top.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RankingModel</name>
    <message>
        <source>D+</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distance to the ideal option; lower is better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D−</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distance to the worst (anti-ideal) option; higher is better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closeness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C = D− / (D+ + D−), 0 to 1; higher is better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>φ+</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leaving flow: how strongly it beats the others, 0 to 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>φ−</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entering flow: how strongly the others beat it, 0 to 1; lower is better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net φ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net flow φ+ − φ−, −1 to +1; higher is better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group utility: weighted regrets summed over the criteria; lower is better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Individual regret: the largest weighted regret on one criterion; lower is better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Q</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VIKOR index combining S and R with weight v; lower is better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compromise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ marks VIKOR&apos;s compromise solution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weighted product of the values, 0 to 100; higher is better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overall score, 0 to 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excluded from the ranking by a red line: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not ranked: {0} cannot place this option without a score on {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every criterion it uses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breaches a red line (flagged): {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 missing score counted as the worst value</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n missing scores counted as the worst value</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>{0} (0): {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The weighted sum scores a missing value as the worst on its scale; give a score, or see the notes below the chart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>compromise solution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank {0}: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not ranked: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Option</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 = best; — = not ranked (hover for the reason)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RankingPanel</name>
    <message>
        <source>Weighted sum (additive value)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weighted product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TOPSIS (closeness to ideal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PROMETHEE II (net flow)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VIKOR (compromise)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value functions (scale bounds)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Min-max across options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ratio to best (cost: min/x)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ratio to max (cost: 1 - x/max)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vector (Euclidean)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ranking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aggregation method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How weighted scores are combined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the criterion values are combined into one ranking.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method &amp;settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens the parameters of every method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TOPSIS normalisation, PROMETHEE preference functions, VIKOR v</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How scores are made comparable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brings scores to a common 0-1 scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Normalisation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ranking of the options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank, option and the method&apos;s own numbers, best first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes about the result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing scores, ties and other remarks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ranking, chart and notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value functions use each criterion&apos;s own scale; the other methods rescale the scores against the options being compared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How TOPSIS makes the raw scores comparable before weighting them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not used by {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This method works on the scores in their own units; see Method settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: </source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>…and %n more options have no score on &apos;{0}&apos;, with the same consequence.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>…and %n more notes of the same kind.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Note: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TOPSIS normalisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change normalisation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecentMenu</name>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(missing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recent projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear list</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RedLineEditor</name>
    <message>
        <source>Add red line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit red line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The criterion whose score the limit applies to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The score an option must not cross, in its units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worst acceptable level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options scored below this level cross the red line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happens to an option that crosses it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exclude the option, or keep it and flag it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flag it beside the ranking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exclude it from the ranking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why this limit exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown with the red line in the ranking and the brief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Treasury ceiling agreed in March</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rule in words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The red line as it will read in the ranking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Limit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Criterion:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worst acceptable &amp;level:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>highest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lowest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Limit ({0} acceptable):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a scored criterion first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no option</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule: {0}.
With the current scores this is breached by: {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the limit: it lies outside the criterion&apos;s scale ({0} to {1}).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RedLinesDialog</name>
    <message>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breached by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Red lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A red line is a limit that no good score elsewhere can make up for. An option on the wrong side is flagged beside the ranking, or excluded from it. Each change here can be undone (Ctrl+Z).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One row per red line: criterion, limit, action and note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add red line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens an editor for a new red line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit red line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens the selected red line in the editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove red line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deletes the selected red line (undo with Ctrl+Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a red line (Insert)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the selected red line (Return)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected red line (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the last change could not be made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exclude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no option</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RedLinesSection</name>
    <message>
        <source>&lt;b&gt;Red lines&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;d lines…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit red lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limits no option may cross, however well it scores elsewhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Red-line breaches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One line per option that crosses a red line; Enter shows the option</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No option breaches the red line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>No option breaches the %n red lines.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>1 breach</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n breaches</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>1 option excluded</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n options excluded</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>{0}; {1}.</source>
        <extracomment>Translators: {0} is &quot;1 breach&quot; or &quot;%n breaches&quot;, {1} is &quot;1 option excluded&quot; or &quot;%n options excluded&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RefusedChanges</name>
    <message>
        <source>Changes not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the project, with the waiting changes, in a new file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lose the waiting changes and go on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A change is not saved in “%1”: the file refused it, so it is only in this window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n changes are not saved in “%1”: the file refused them, so they are only in this window.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Waiting:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is no longer where it was opened (deleted or moved): the whole project may now be only in this window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save As… keeps it, with these changes, in a new file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard loses these changes. Automatic backups of the project, as the file last saved it, are kept in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard loses these changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save As… keeps them, in a copy of the project saved where you choose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard loses them: the project stays as the file last saved it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel changes nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The change the file refused earlier is saved now; checkpoint marked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The %n changes the file refused earlier are saved now; checkpoint marked.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>A change is still not saved: the file refused it again (see the message above). Nothing was marked. Use File &gt; Save As… to keep it in a new file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n changes are still not saved: the file refused them again (see the message above). Nothing was marked. Use File &gt; Save As… to keep them in a new file.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Saved as %1, with the change the old file refused; you are now working in this file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Saved as %1, with the %n changes the old file refused; you are now working in this file.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved as %1, but %n of the changes the old file refused could not be saved in it either (see the message above); they are still waiting.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>history unreadable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>1 option</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n options</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>1 criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n criteria</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1; last change: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last change: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file as it was before you restored on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is damaged, so Counterweight cannot open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a Counterweight project any more: it may have been overwritten by another program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was saved by a newer version of Counterweight. Open it with that newer version; the file itself is not damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counterweight cannot open “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you cannot get the newer version, you can restore the automatic backup from %1 (%2) instead. It will not hold the changes made since then, and the current file is kept beside it under another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counterweight has an automatic backup of it from %1 (%2), which can be put back in its place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counterweight keeps automatic backups of your projects. The newest one of this project is from %1 (%2). Restoring it puts that copy in place; the damaged file is kept beside it under another name, so nothing is deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore older backup from %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore backup from %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the automatic backup in place of this file and open it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open another file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a different project file to open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave the file as it is</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScenarioEditorModel</name>
    <message>
        <source>Base score: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScoreClipboard</name>
    <message>
        <source>1 row</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n rows</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>1 column</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n columns</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The pasted block has {0} and {1}, but from {2} there is room for only {3} and {4}. Nothing was pasted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row {0}, column {1} ({2}): {3}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> ({0} cells refused; nothing was pasted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (nothing was pasted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 score</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n scores</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Paste {0} scores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste: clear {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste {0} scores: {1} set, {2} cleared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pasted {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pasted: {0} cleared, because the pasted cells were empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pasted {0}: {1} set, {2} cleared (the pasted cells there were empty).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo takes the whole paste back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste score</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScoreDelegate</name>
    <message>
        <source>Level for {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no score)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value for {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScoreDetailPanel</name>
    <message>
        <source>Score details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A number on its scale; empty: no score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty = no score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One of the criterion&apos;s named levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a plausible range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds low and high ends for the true value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low end of the range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lowest plausible value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High end of the range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The highest plausible value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rationale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why this score; Tab moves on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why this score? Cite the reasoning.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the changes could not be applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One undo step; Ctrl+Return does the same</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows the saved score again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Library passages are linked to the shared scores; switch to the shared inputs to manage them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem with this score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply the changes to this score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply (Ctrl+Return)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard the changes to this score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a cell of the score matrix to see its details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared score&apos;s rationale: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change typed in the score details could not be applied.

{0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources behind this score: source, locator and note, one row each</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an evidence row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds an empty row and starts editing its source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected evidence row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removes the selected row from this score&apos;s evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the source library: rename it there (Evidence › Source library, Ctrl+L).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>evidence row {0} needs a source.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scale of the criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scale of the selected criterion and what its levels mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scroll to read the whole scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scale: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no score)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{0}” is not a number. Enter a number from {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the value {0} is outside the scale ({1}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whose score this is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shared score or an analyst&apos;s own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use shared value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the shared value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this analyst&apos;s own score so the shared score counts for them again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}: the analysts&apos; scores combined. Read-only: switch to an analyst&apos;s view or the shared inputs to edit this score.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The evidence listed is the shared score&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}&apos;s own score.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared value (no own score): a change here becomes {0}&apos;s own score.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScoreMatrix</name>
    <message>
        <source>Score matrix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options in rows, criteria in columns. Press F2 or Enter, or start typing, to edit a score; Enter saves it and moves down a row. Delete clears it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score entry problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The score typed in the matrix could not be applied.

{0}

The cell still shows what was typed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This project is open read-only, so no score can be cleared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear {0} scores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy scores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the selected scores as tab-separated text for a spreadsheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paste scores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste a block of scores copied from a spreadsheet, starting at the current cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lear scores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the scores of the selected cells (one undo step)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This project is open read-only, so nothing can be pasted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no options and no criteria to score yet, so there is nowhere to paste scores. Add them first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no options yet, so there is nowhere to paste scores. Add an option first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no criteria to score yet, so there is nowhere to paste scores. Add a criterion first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the cell where the pasted block should start, then paste again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScoreTableModel</name>
    <message>
        <source>levels {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} to {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>higher is better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lower is better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>group (not scored)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{0}” is ambiguous: a comma followed by three digits may separate thousands or mark decimals. Type {1} or {2}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{0}” is ambiguous: its commas may separate thousands or mark decimals. Type {1}, without commas, and use a dot as the decimal point.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{0}” is not a level of {1}. Choose one of: {2}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} is a group; it is not scored directly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{0}” is not a number. Enter a number from {1} (a range may follow in brackets, e.g. 5 (3-7)), or leave the cell empty to clear the score.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>low end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>high end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the {0} {1} is outside the scale ({2}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} lies outside this score&apos;s range ({1} to {2}). Type the value with a new range, e.g. 5 (3-7), or change the range in the detail panel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No score yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level means: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plausible range: {0} to {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rationale: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}&apos;s own score: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}&apos;s rationale: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} recorded no rationale of their own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}&apos;s evidence: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence behind {0}&apos;s score: {1}, {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}&apos;s score rests on no evidence of its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No shared score yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared score: {0} ({1} gave no score of their own)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared score: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared score&apos;s rationale: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared score&apos;s evidence: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence behind the shared score: {0}, {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shared score rests on no evidence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No view gives a score:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only one view gives a score:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The {0} of %n views:</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Shared inputs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>• {0}: no score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>• {0}: {1}, the shared score (no score of their own)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No group score: no view gives one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group score: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value: {0} of 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n items</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Evidence behind this score: {0}, {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This score rests on no evidence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scale: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weak support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>medium support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>strong support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The group view is read-only: it combines the analysts&apos; scores. Switch to an analyst&apos;s view or the shared inputs to edit.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SensitivityChart</name>
    <message>
        <source>Local weight of {0} (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overall score as the weight of {0} changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lines of the best {0} of {1} options at the current weight, with every option that comes first somewhere on the axis; the table lists them all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current weight: {0} %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top changes: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top never changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{option}: {score} when {criterion} has {weight} % of its group&apos;s weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚑ It breaches a red line.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SensitivityPanel</name>
    <message>
        <source>Sensitivity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What would change the top option</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The smallest change that puts another option first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criterion whose weight is varied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chart follows this criterion&apos;s weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Weight of:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score against weight chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each option&apos;s overall score as the chosen criterion&apos;s weight goes from 0 to 100 percent of its group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart legend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distance to flip chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For each weight and score, the smallest change that puts another option first, as a share of its range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How robust the ranking is to changes in weights and scores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updating: starting again with the latest change…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sensitivity analysis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updating… {0} %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The results below are from before the last change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sensitivity analysis could not run: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sensitivity updated: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a decision to see how robust its ranking is.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SensitivityText</name>
    <message>
        <source>(first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(tied first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>falls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the weight of {name} {verb} from {old} % to {new} %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(local {0} % → {1} %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>moves one level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>moves {0} levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚑ breaches the red line on {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚑ breaches the red lines on {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚑ breaches a red line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} ({1})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} then comes first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} then comes first; ⚑ it breaches the red line on {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} then comes first; ⚑ it breaches the red lines on {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(⚑ breaches a red line)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the score of {option} on {criterion} {moves}, from ‘{old}’ to ‘{new}’</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the score of {option} on {criterion} rises just above {old}{unit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the score of {option} on {criterion} falls just below {old}{unit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the score of {option} on {criterion} moves from {old} to {new}{unit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is nothing to compare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} share first place: any change to a weight or a score that favours one of them puts it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} stays first whatever single weight or score changes within its range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} more changes of the same size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} stays first unless any one of these changes is made:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No single change smaller than {0} % of its range puts another option ahead of {1}. The nearest changes that would:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} stays first unless {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, or if </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No single change smaller than {0} % of its range puts another option ahead of {1}; the nearest: {2}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, or </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Robust</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fragile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No single weight or score change within its range puts another option first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bars: the smallest decrease (left) or increase (right) that puts another option first. Dotted lines: {0} % of the range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing the {0} most fragile of {1}; hover a bar for details.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionController</name>
    <message>
        <source>That analyst is no longer in the project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The analyst whose view was shown is no longer in the project; showing the shared inputs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing the shared inputs: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing {0}&apos;s view again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SourceDetailsForm</name>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The title of the document or report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who wrote it: a person or an organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who published it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When it was published, in any form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 2024-11-20 or November 2024</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A URL or citation, kept as text and never opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL or citation (kept as text, never opened)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reliability of the source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admiralty grade, A (reliable) to F (unknown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A – completely reliable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B – usually reliable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C – fairly reliable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D – not usually reliable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E – unreliable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F – cannot be judged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admiralty scale: how far this source can usually be trusted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the text came from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file and time the text was imported from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Author:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Publisher:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pu&amp;blished:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;ference:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reliabilit&amp;y:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text imported from {0} on {1} ({2} characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No text yet: use “Load text into source…” to import it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SourcesDialog</name>
    <message>
        <source>Source library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a source to see its details and text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an empty source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creates a source with no text, to fill in by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import text…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a new source from a .txt, .md or .html file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reads the file as plain text; nothing is run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loa&amp;d text into source…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load the selected source&apos;s text from a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replaces the selected source&apos;s text with a file&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deletes it and its links (undo: Ctrl+Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the source&apos;s details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keeps the title, author and other details typed above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only; select a passage, then link it to a score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scores citing this source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scores whose evidence quotes this source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Link to selected score…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link the selected passage to a score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the scores the selected passage supports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a passage of the text first (Ctrl+Shift+L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the last action could not be done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} (no text)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No score cites this source yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cited by 1 score; linked passages are shaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Cited by %n scores; linked passages are shaded.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>New source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source text (*.txt *.md *.markdown *.html *.htm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import source text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the text of “{0}”? Linked passages are looked up again in the new text; those no longer found keep their quote but lose their place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load text into “{0}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved source details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the changes to the details of “{0}”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a passage of the source&apos;s text first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link evidence to {0} scores</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SpreadsheetActions</name>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import sprea&amp;dsheet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV score matrix, for reading (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping the export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV, one row per score, imports back (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a project from a filled-in template (.xlsx), a long-format CSV file, or a table of scores with options in rows and criteria in columns (.xlsx or .csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport spreadsheet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the matrix, weights, results and rationales to Excel (.xlsx), or the matrix to CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export blank &amp;template…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write an empty workbook to fill in and import, with a README sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import spreadsheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.xlsm *.csv *.tsv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A spreadsheet is already being imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not import %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import was cancelled; no project was created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1 into %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A spreadsheet is already being exported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export was cancelled; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not export to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file holds the shared inputs and their results, not the analyst&apos;s or group view the window shows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported the decision to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(with notes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export spreadsheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists. Replace it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export blank template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote the blank template to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the spreadsheet import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StartupShell</name>
    <message>
        <source>Counterweight is starting</source>
        <extracomment>Translators: the accessible name of the window shown while Counterweight starts.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening {name}…</source>
        <extracomment>Translators: shown while Counterweight starts; {name} is the file being opened.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening your decision…</source>
        <extracomment>Translators: shown while Counterweight starts and opens the last (or example) project.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ThresholdTable</name>
    <message>
        <source>Each threshold moves one weight alone: the other criteria in its group share the rest in their present proportions, and the weights outside the group stay as they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top changes at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>→ new top option</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight thresholds per criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How far each weight may move before another option leads; Enter charts it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One weight moves at a time: the other criteria in its group keep their proportions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criteria, indented under their groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its share of its group&apos;s weight (local weight)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local weight at which another option comes first, and that option: ↓ if this weight falls to it, ↑ if it rises to it; ⚑: the option breaches a red line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If its weight falls to {0} % of its group ({1} % of the total weight), {2} comes first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If its weight rises to {0} % of its group ({1} % of the total weight), {2} comes first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click a row (or press Enter) to chart that criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No weight from 0 % to 100 % puts another option first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} % of its group; {1} % of the total weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found by search, to within {0} percentage points.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TornadoChart</name>
    <message>
        <source>Weight: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight of {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score of {0} on {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distance to a change of the top option</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fragile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Robust</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>← decrease    % of range    increase →</source>
        <extracomment>Translators: three phrases set apart by runs of spaces; a narrow chart puts them on lines of their own.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fragile: under {0} % of its range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (the {0} most fragile of {1})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a decrease of {0} % of its range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an increase of {0} % of its range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}: the top option changes after {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> or </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>({0} then comes first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>({0} then comes first; ⚑ it breaches the red line on {1})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>({0} then comes first; ⚑ it breaches the red lines on {1})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TradeoffChart</name>
    <message>
        <source>Efficient frontier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frontier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Efficient option</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Efficient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dominated option</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dominated</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TradeoffPanel</name>
    <message>
        <source>Trade-offs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the trade-offs map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>X axis (across)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The part of the value tree the map puts across, from 0 on the left to 100 on the right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;X axis (across):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Y axis (up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The part of the value tree the map puts up, from 0 at the bottom to 100 at the top</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Y axi&amp;s (up):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why there is no map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trade-offs map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each option placed by its value on the two chosen parts of the value tree; the line joins the options no other option beats on both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the map shows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The efficient options, the dominated ones and what the top option gives up against its nearest efficient rival</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key to the map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each numbered point of the map: the option, its two values and whether another option beats it on both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The map needs the weighted sum: the axes can be chosen under it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already on the other axis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key lists the first {0} options of {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} (0-100 value; higher = lower {0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} (0-100 value)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a project to see its trade-offs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No map for {0}: its score is not a sum of points from each criterion, so the options have no value on a part of the tree. The map needs the weighted sum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No map: ‘{0}’ and ‘{1}’ have no weight, so no 0-100 value scale. Choose other axes or give them weight.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No map: ‘{0}’ has no weight, so it has no 0-100 value scale. Choose another axis or give it a weight.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No map: there is no option to place (a red line excludes every option).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No map: the decision needs at least two scored criteria.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Option</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Efficient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} and {1} more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dominated by {0}; {1} short on {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} is better on both {1} and {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} is as good on {1} and better on {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} is dominated by {1} and one other option: {2}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} is dominated by {1} and {2} other options: {3}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} is dominated by {1}: {2}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} more options are dominated (see the key).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} share first place and stand at the same point.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} share first place; the map shows where each stands on the two axes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The top option, {0}, is dominated on these two axes by {1}: it leads on the criteria as a whole.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The top option, {0}, is the only efficient option: it is at least as good as every other on both axes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The top option, {0}, stands at the same point as {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Against its nearest efficient rival, {0}, the top option, {1}, gives up {2} on {3} for {4} more on {5}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only one option, {0}, is placed, so there is nothing to compare it with on a map: it stands at {1} on {2} and {3} on {4} (0-100 value).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Efficient: {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No option has a score under {0}: every option stands at 0 on that axis.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not on the map (excluded by a red line): {0}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UncertaintyPanel</name>
    <message>
        <source>Uniform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Triangular</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PERT (beta)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>uniform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>triangular</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As set (exact)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Within ranges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order of importance only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown (any weights)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uncertainty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Widen the ranges of weakly supported scores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Widen ranges by evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each end of a numeric score&apos;s range moves out by 20 % of its scale when the score has no evidence and by 10 % when its evidence is only of low credibility. The stored scores do not change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uncertainty: widen ranges by evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As rated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where evidence is weak: one level either way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every score: one level either way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of draws</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More draws give steadier shares but take longer (100 to 1,000,000).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Random seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same seed and settings always give the same results.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distribution of ranged scores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How a score varies between its low and high ends; its value is the most likely one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level-rated scores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether scores rated on a scale of levels vary in the draws. One level either way: the level below, the rated level or the level above, each with chance 1/3 (at the end of the scale the rated level has 2/3). Weak evidence: none, or only items of low credibility. The stored scores do not change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Draws:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Seed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ran&amp;ged scores:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level-rated scores:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Weights:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ranged scores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many scores have a range the run will vary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the uncertainty analysis (Ctrl+R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the run (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress of the run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the settings cannot be used as they are</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the run went, or that its results are out of date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uncertainty: number of draws</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uncertainty: random seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uncertainty: score distribution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uncertainty: level-rated scores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Out of date: the decision has changed since this run. Run again (Ctrl+R) to update.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is nothing to compare: add at least two options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running {0:,} draws…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the uncertainty analysis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The uncertainty analysis could not run: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> The results shown are from the previous run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled after {0:,} of {1:,} draws; nothing was kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The uncertainty run has ended: {0:,} draws; the results are below.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UndoStops</name>
    <message>
        <source>Nothing to undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>View &gt; History lists every change and can restore an earlier value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing more to undo: Undo keeps only the last {0} steps. {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing more to undo since the project was opened. {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to undo since the project was opened. {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo keeps the last {0} steps: from now on the oldest is let go as you work. View &gt; History still lists every change and can restore an earlier value.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ViewActions</name>
    <message>
        <source>Go to &amp;Options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to &amp;Criteria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to &amp;Scores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to score &amp;details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rese&amp;t layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to &amp;Weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to &amp;Ranking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Analysis</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ViewCaption</name>
    <message>
        <source>mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>median</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>geometric mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared inputs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scores: {0}, weights: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group view ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analyst view: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whose inputs this panel shows</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ViewMenu</name>
    <message>
        <source>Whose &amp;judgements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Shared inputs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Group view (read-only)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ViewSwitcher</name>
    <message>
        <source>Whose inputs to show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show and edit the shared inputs or one analyst&apos;s own; the group view combines the analysts and cannot be edited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared inputs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group view (read-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing {0}. {1}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WeightEditor</name>
    <message>
        <source>Weight of {0} in points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0 to 100 points; only ratios between siblings matter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points for {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the points; they may go above 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points can go above 100 here; only ratios between siblings matter.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WeightUncertaintyEditor</name>
    <message>
        <source>As set (exact)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Within ranges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order of importance only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown (any weights)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The weights are taken as they are; only ranged scores vary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each criterion&apos;s overall weight varies within its range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any weights that keep the criteria&apos;s order of importance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every set of weights is equally likely.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the weights may vary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As set, within ranges, by order of importance, or any weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight ranges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each criterion&apos;s low and high share of all weight, in %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bounds on each criterion&apos;s share of the total weight, in %. Leave both blank for 0 to 100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criteria from most to least important</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alt+Up and Alt+Down move the selected criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move dow&amp;n</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order &amp;by weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes the order of importance above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} ({1})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most important first:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested from the current weights and not saved yet: move a criterion or press “Order by weights” to use this order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uncertainty: how weights vary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The weight range of {0} must be two numbers from 0 to 100, the lowest first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uncertainty: weight range of {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uncertainty: importance order</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WeightingDialog</name>
    <message>
        <source>the top level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elicit weights: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weighting method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points, ranking, swing or pairwise (AHP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every criterion here gets the same weight.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elicited by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who gave these judgements; kept with them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who took part, what was discussed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who took part, what was discussed, sources…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elicited &amp;by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store these judgements and set the weights (Ctrl+Return)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use &amp;shared judgements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the shared judgements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this analyst&apos;s own judgements and points here, so the shared ones count for them again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weights of the top-level criteria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weights of the criteria directly under &lt;b&gt;{0}&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whose judgements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current and resulting weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local and global weights, now and after OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local
now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local
new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Global
now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Global
new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight judgements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set analyst&apos;s weight judgements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set weights from judgements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the shared weight judgements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give each criterion points; its weight is its share of the total.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No judgements: every criterion weighs the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank the swings from worst to best, give the biggest swing 100 and rate each other swing against it (von Winterfeldt &amp; Edwards 1986).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank the criteria by importance; weights are the rank-order centroid (Barron &amp; Barrett 1996). Ties are allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank the criteria by importance; weights fall in equal steps (Stillwell, Seaver &amp; Edwards 1981). Ties are allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare every pair on Saaty&apos;s 1–9 scale; weights and a consistency check follow (Saaty 1980).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direct points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Equal weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Swing weighting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank-order centroid (ROC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank-sum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AHP pairwise comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Equal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Swing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ROC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AHP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AHP, CR {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}, inconsistent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weights set by {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, judgements by {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> on {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} (edited by hand since)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The weights were changed by hand afterwards, so they no longer follow the judgements.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>top level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elicited: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank of {0} (1 = most important)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order of importance among these criteria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the ratios between the criteria&apos;s numbers matter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points per criterion. Only the ratios matter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points for {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The points of {0} must be from {1} to {2}; {3} was typed. Only the ratios between the criteria matter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank the criteria by importance: 1 is the most important. Give two criteria the same rank to tie them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worst → best</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Swing points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imagine every criterion at its worst. Which swing to its best would you choose first? Rank it 1; it gets 100 points. Rate every other swing from 0 to 100 against it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Swing points for {0} (0 to 100)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The largest swing is the yardstick: always 100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The swing points of {0} must be from {1} to {2}; {3} was typed. The biggest swing has 100 points; rate every other swing against it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0!r} is ranked {1}, below {2!r} (rank {3}), but has more swing points ({4:g} &gt; {5:g}). Lower its points or change the ranks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rank of {0} must be from {1} to {2}; {3} was typed. 1 is the most important.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the analysts&apos; pairwise judgements combined by AIJ (the geometric mean of each judgement)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the analysts&apos; priorities combined by AIP (the geometric mean of their weights)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the analysts&apos; weights combined as the {0} of their local shares</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group view (read-only): the weights under {0} are {1}. Switch to an analyst&apos;s view or the shared inputs to change judgements.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>group view (read-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}&apos;s own judgements. OK stores them as {0}&apos;s; the shared judgements stay as they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} has no judgements of their own here: the dialog starts from the shared ones, and OK stores them as {0}&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}&apos;s judgements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no criteria to weigh yet. Add criteria in the Criteria panel first, then elicit their weights.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The group “%1” holds no criteria to weigh yet. Add criteria to it first, then elicit their weights.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elicit weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These weights rest on inconsistent pairwise judgements: CR {0} is above {1:.2f}, the limit Saaty (1980) gives. Open Elicit weights… to see the judgements that agree least and a value that would fit each.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weights that rest on inconsistent judgements (CR above {0:.2f}): {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inconsistent judgements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These pairwise judgements are inconsistent: CR {0} is above {1:.2f}, the limit Saaty (1980) gives.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weights set from them may not say what was meant. Go back to revise the judgements the consistency panel lists (each with a value that would fit), or keep them as they are: the weights panel will then say that the weights rest on inconsistent judgements.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consistency cannot be checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The consistency of these pairwise judgements of {0} criteria cannot be checked: Saaty&apos;s random-index tables stop at {1} criteria, so there is no consistency ratio. Their consistency index is CI {2} (0 when every judgement agrees).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saaty advises comparing at most about seven criteria at a time (Saaty &amp; Ozdemir 2003). Go back and group the criteria under a few headings, each weighted on its own, or keep these judgements as they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep the judgements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go back and revise</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WeightsPanel</name>
    <message>
        <source>Weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criteria weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each criterion with its points and its share of the total weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Global</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local weight: share of the criteria beside it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Global weight: share of the whole decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points are relative: a criterion&apos;s share is its points divided by the points of the criteria beside it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Equal weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the selected group&apos;s criteria equal weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One undo step; the criteria elsewhere keep their weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give equal points to the criteria inside the selected group (or beside the selected criterion; with nothing selected, the top-level criteria).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elicit weights…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elicit the weights of the selected group&apos;s criteria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direct, ranking, swing or pairwise (AHP) weighting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weigh the same criteria by swing, ranking, AHP or points.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+ and - change the points of the selected criterion; Enter or F2 moves to its points box.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The group view is read-only: it combines the analysts&apos; weights. Switch to an analyst&apos;s view or the shared inputs to change weights.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elicit weights in {0}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elicit top-level weights…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Worker</name>
    <message>
        <source>the calculation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An unexpected problem stopped {0}. Nothing in the decision was changed; the details were written to the log.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_LazyPage</name>
    <message>
        <source>Not available</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
