<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Counterweight</source>
        <translation>À propos de Counterweight</translation>
    </message>
    <message>
        <source>Weigh policy options against criteria, with every score, weight and change recorded.</source>
        <translation>Comparez des options politiques selon des critères, en gardant la trace de chaque note, de chaque poids et de chaque modification.</translation>
    </message>
    <message>
        <source>Counterweight works entirely offline. It never connects to a network: your decisions, scores and audit trail stay in files on this computer.</source>
        <translation>Counterweight fonctionne entièrement hors ligne. Il ne se connecte jamais à un réseau : vos décisions, vos notes et votre journal d’audit restent dans des fichiers sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versions</translation>
    </message>
    <message>
        <source>Versions of Counterweight and its parts, to quote when asking help</source>
        <translation>Versions de Counterweight et de ses composants, à citer quand vous demandez de l’aide</translation>
    </message>
    <message>
        <source>Third-party licences: {0}</source>
        <translation>Licences des tiers : {0}</translation>
    </message>
    <message>
        <source>The licences of the parts Counterweight is built from are installed with the packaged application.</source>
        <translation>Les licences des composants dont Counterweight est fait sont installées avec l’application empaquetée.</translation>
    </message>
    <message>
        <source>Third-party licences</source>
        <translation>Licences des tiers</translation>
    </message>
    <message>
        <source>Where the licences of the bundled libraries are</source>
        <translation>Où se trouvent les licences des bibliothèques fournies</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Closes the About box</source>
        <translation>Ferme la fenêtre À propos</translation>
    </message>
</context>
<context>
    <name>AcceptabilityChart</name>
    <message>
        <source>Rank acceptability: share of the draws giving each rank</source>
        <translation>Acceptabilité des rangs : part des tirages donnant chaque rang</translation>
    </message>
    <message>
        <source>Share of the draws (%)</source>
        <translation>Part des tirages (%)</translation>
    </message>
    <message>
        <source>Rank {0}</source>
        <translation>Rang {0}</translation>
    </message>
    <message>
        <source>Ranks {0}–{1}</source>
        <translation>Rangs {0}–{1}</translation>
    </message>
    <message>
        <source>rank {0}</source>
        <translation>rang {0}</translation>
    </message>
    <message>
        <source>ranks {0} to {1}</source>
        <translation>rangs {0} à {1}</translation>
    </message>
    <message>
        <source>{option}: {ranks} in {share} % of the draws</source>
        <translation>{option} : {ranks} dans {share} % des tirages</translation>
    </message>
</context>
<context>
    <name>AcceptabilityResults</name>
    <message>
        <source>uniform</source>
        <translation>uniforme</translation>
    </message>
    <message>
        <source>triangular</source>
        <translation>triangulaire</translation>
    </message>
    <message>
        <source>PERT (beta)</source>
        <translation>PERT (bêta)</translation>
    </message>
    <message>
        <source>No score has a range, so only the weights vary.</source>
        <translation>Aucune note n’a de plage : seuls les poids varient.</translation>
    </message>
    <message>
        <source>{0} of {1} scores have a range; they are drawn from a {2} distribution</source>
        <translation>{0} notes sur {1} ont une plage ; elles sont tirées selon une loi {2}</translation>
    </message>
    <message>
        <source> ({0} set their own).</source>
        <translation> ({0} ont leur propre loi).</translation>
    </message>
    <message>
        <source>Rank {0}</source>
        <translation>Rang {0}</translation>
    </message>
    <message>
        <source>Option</source>
        <translation>Option</translation>
    </message>
    <message>
        <source>The tables show the top {0} of {1:,} options (those most often ranked first) and ranks 1 to {0}.</source>
        <translation>Les tableaux montrent les {0} premières des {1:,} options (celles le plus souvent classées premières) et les rangs 1 à {0}.</translation>
    </message>
    <message>
        <source>{0:,} draws, seed {1}; weights: {2}.</source>
        <translation>{0:,} tirages, graine {1} ; poids : {2}.</translation>
    </message>
    <message>
        <source>{0} of random weight sets fell within the ranges.</source>
        <translation>{0} des jeux de poids aléatoires tombaient dans les plages.</translation>
    </message>
    <message>
        <source>Rank acceptability and confidence factor</source>
        <translation>Acceptabilité des rangs et facteur de confiance</translation>
    </message>
    <message>
        <source>About the confidence factor</source>
        <translation>À propos du facteur de confiance</translation>
    </message>
    <message>
        <source>Share of draws giving each rank, and each option&apos;s confidence factor</source>
        <translation>Part des tirages donnant chaque rang, et facteur de confiance de chaque option</translation>
    </message>
    <message>
        <source>Rank acceptability chart</source>
        <translation>Graphique d’acceptabilité des rangs</translation>
    </message>
    <message>
        <source>For each option, the share of draws in which it takes each rank.</source>
        <translation>Pour chaque option, la part des tirages où elle occupe chaque rang.</translation>
    </message>
    <message>
        <source>Central weights</source>
        <translation>Poids centraux</translation>
    </message>
    <message>
        <source>Uncertainty results</source>
        <translation>Résultats de l’incertitude</translation>
    </message>
    <message>
        <source>Ranks</source>
        <translation>Rangs</translation>
    </message>
    <message>
        <source>The average weights under which each option comes first</source>
        <translation>Les poids moyens avec lesquels chaque option arrive en tête</translation>
    </message>
    <message>
        <source>Notes on the results</source>
        <translation>Remarques sur les résultats</translation>
    </message>
    <message>
        <source>What the run could not vary, and other remarks</source>
        <translation>Ce que le calcul n’a pas pu faire varier, et autres remarques</translation>
    </message>
    <message>
        <source>Press Run (Ctrl+R) to see how often each option takes each rank when the uncertain scores and weights vary.</source>
        <translation>Cliquez sur Exécuter (Ctrl+R) pour voir à quelle fréquence chaque option occupe chaque rang quand les notes et les poids incertains varient.</translation>
    </message>
    <message>
        <source>Confidence factor</source>
        <translation>Facteur de confiance</translation>
    </message>
    <message>
        <source>How often the option comes first when the weights are held at its own central weights and only the scores vary (SMAA-2 confidence factor)</source>
        <translation>Fréquence à laquelle l’option arrive en tête quand les poids sont fixés à ses propres poids centraux et que seules les notes varient (facteur de confiance SMAA-2)</translation>
    </message>
    <message>
        <source>No confidence factor is shown: the weights were not drawn, so it would only repeat Rank 1.</source>
        <translation>Aucun facteur de confiance n’est affiché : les poids n’ont pas été tirés, il ne ferait donc que répéter la colonne Rang 1.</translation>
    </message>
    <message>
        <source>Confidence factor: how often the option still comes first when the weights are held at its central weights (the average weights of the draws it won) and only the scores vary. It is not the chance that the option is the best choice; that is Rank 1. A dash: the option never came first.</source>
        <translation>Facteur de confiance : fréquence à laquelle l’option arrive encore en tête quand les poids sont fixés à ses poids centraux (les poids moyens des tirages qu’elle a gagnés) et que seules les notes varient. Ce n’est pas la probabilité que l’option soit le meilleur choix ; celle-ci est donnée par la colonne Rang 1. Un tiret : l’option n’est jamais arrivée en tête.</translation>
    </message>
    <message>
        <source>excluded by a red line</source>
        <translation>exclue par une ligne rouge</translation>
    </message>
    <message>
        <source>Excluded by a red line, so left out of the draws, the ranks and the chart: {0}.</source>
        <translation>Exclues par une ligne rouge, donc laissées hors des tirages, des rangs et du graphique : {0}.</translation>
    </message>
    <message>
        <source>1 ranged score varied within its range</source>
        <translation>1 note à plage a varié dans sa plage</translation>
    </message>
    <message numerus="yes">
        <source>%n ranged scores varied within their ranges</source>
        <translation>
            <numerusform>%n note à plage a varié dans sa plage</numerusform>
            <numerusform>%n notes à plage ont varié dans leur plage</numerusform>
        </translation>
    </message>
    <message>
        <source>1 level-rated score with weak or no evidence varied one level either way</source>
        <translation>1 note à niveaux aux preuves faibles ou absentes a varié d’un niveau de plus ou de moins</translation>
    </message>
    <message numerus="yes">
        <source>%n level-rated scores with weak or no evidence varied one level either way</source>
        <translation>
            <numerusform>%n note à niveaux aux preuves faibles ou absentes a varié d’un niveau de plus ou de moins</numerusform>
            <numerusform>%n notes à niveaux aux preuves faibles ou absentes ont varié d’un niveau de plus ou de moins</numerusform>
        </translation>
    </message>
    <message>
        <source>1 level-rated score varied one level either way</source>
        <translation>1 note à niveaux a varié d’un niveau de plus ou de moins</translation>
    </message>
    <message numerus="yes">
        <source>%n level-rated scores varied one level either way</source>
        <translation>
            <numerusform>%n note à niveaux a varié d’un niveau de plus ou de moins</numerusform>
            <numerusform>%n notes à niveaux ont varié d’un niveau de plus ou de moins</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>weights drawn uniformly over all %n scored criteria together, ignoring the groups (a group with more criteria under it gets more weight on average)</source>
        <translation>
            <numerusform>poids tirés uniformément sur le critère noté (%n), sans tenir compte des groupes</numerusform>
            <numerusform>poids tirés uniformément sur les %n critères notés ensemble, sans tenir compte des groupes (un groupe qui contient plus de critères reçoit en moyenne plus de poids)</numerusform>
        </translation>
    </message>
    <message>
        <source>weights drawn uniformly within their ranges</source>
        <translation>poids tirés uniformément dans leurs plages</translation>
    </message>
    <message numerus="yes">
        <source>weights drawn uniformly over all %n scored criteria together, keeping their order of importance</source>
        <translation>
            <numerusform>poids tirés uniformément sur le critère noté (%n), en gardant son ordre d’importance</numerusform>
            <numerusform>poids tirés uniformément sur les %n critères notés ensemble, en gardant leur ordre d’importance</numerusform>
        </translation>
    </message>
    <message>
        <source>1 level-rated score held as rated</source>
        <translation>1 note à niveaux maintenue telle que notée</translation>
    </message>
    <message numerus="yes">
        <source>%n level-rated scores held as rated</source>
        <translation>
            <numerusform>%n note à niveaux maintenue telle que notée</numerusform>
            <numerusform>%n notes à niveaux maintenues telles que notées</numerusform>
        </translation>
    </message>
    <message>
        <source>1 numeric score without a range held at its value</source>
        <translation>1 note numérique sans plage maintenue à sa valeur</translation>
    </message>
    <message numerus="yes">
        <source>%n numeric scores without a range held at their values</source>
        <translation>
            <numerusform>%n note numérique sans plage maintenue à sa valeur</numerusform>
            <numerusform>%n notes numériques sans plage maintenues à leur valeur</numerusform>
        </translation>
    </message>
    <message>
        <source>weights held as set</source>
        <translation>poids maintenus tels que fixés</translation>
    </message>
    <message>
        <source>The 1 level-rated score will move one level either way.</source>
        <translation>La note à niveaux variera d’un niveau de plus ou de moins.</translation>
    </message>
    <message numerus="yes">
        <source>All %n level-rated scores will move one level either way.</source>
        <translation>
            <numerusform>La note à niveaux (%n) variera d’un niveau de plus ou de moins.</numerusform>
            <numerusform>Les %n notes à niveaux varieront d’un niveau de plus ou de moins.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{0} of %n level-rated scores (those with weak or no evidence) will move one level either way.</source>
        <translation>
            <numerusform>{0} sur %n note à niveaux (aux preuves faibles ou absentes) variera d’un niveau de plus ou de moins.</numerusform>
            <numerusform>{0} des %n notes à niveaux (celles aux preuves faibles ou absentes) varieront d’un niveau de plus ou de moins.</numerusform>
        </translation>
    </message>
    <message>
        <source>No score has a range.</source>
        <translation>Aucune note n’a de plage.</translation>
    </message>
    <message>
        <source>Nothing varied</source>
        <translation>Rien n’a varié</translation>
    </message>
    <message>
        <source>Each score is drawn independently of the others.</source>
        <translation>Chaque note est tirée indépendamment des autres.</translation>
    </message>
    <message>
        <source>Past a red line</source>
        <translation>Ligne rouge franchie</translation>
    </message>
    <message>
        <source>Share of the draws in which at least one of the option&apos;s drawn scores is past a red line: {0}. Who takes part in the draws is decided on the central scores, as in the ranking.</source>
        <translation>Part des tirages où au moins une des notes tirées de l’option franchit une ligne rouge : {0}. La participation aux tirages se décide sur les notes centrales, comme dans le classement.</translation>
    </message>
</context>
<context>
    <name>AnalysisTabs</name>
    <message>
        <source>Analysis</source>
        <translation>Analyse</translation>
    </message>
    <message>
        <source>The analyses of the ranking; Ctrl+1 to Ctrl+7 open a tab</source>
        <translation>Les analyses du classement ; Ctrl+1 à Ctrl+7 ouvrent un onglet</translation>
    </message>
    <message>
        <source>Ranking</source>
        <translation>Classement</translation>
    </message>
    <message>
        <source>Compare methods</source>
        <translation>Comparer les méthodes</translation>
    </message>
    <message>
        <source>Sensitivity</source>
        <translation>Sensibilité</translation>
    </message>
    <message>
        <source>Uncertainty</source>
        <translation>Incertitude</translation>
    </message>
    <message>
        <source>Perspectives</source>
        <translation>Perspectives</translation>
    </message>
    <message>
        <source>Disagreement</source>
        <translation>Désaccord</translation>
    </message>
    <message>
        <source>Trade-offs</source>
        <translation>Arbitrages</translation>
    </message>
    <message>
        <source>The ranking under the method in use (Ctrl+1)</source>
        <translation>Le classement selon la méthode en usage (Ctrl+1)</translation>
    </message>
    <message>
        <source>Every method&apos;s ranking side by side (Ctrl+2)</source>
        <translation>Les classements de toutes les méthodes côte à côte (Ctrl+2)</translation>
    </message>
    <message>
        <source>How the ranking responds to the weights (Ctrl+3)</source>
        <translation>Comment le classement réagit aux poids (Ctrl+3)</translation>
    </message>
    <message>
        <source>How sure the ranking is, given uncertain scores and weights (Ctrl+4)</source>
        <translation>La solidité du classement face à l’incertitude des notes et des poids (Ctrl+4)</translation>
    </message>
    <message>
        <source>Ranks under named perspectives and scenarios; snapshots (Ctrl+5)</source>
        <translation>Les rangs selon des perspectives et des scénarios nommés ; instantanés (Ctrl+5)</translation>
    </message>
    <message>
        <source>Where the analysts disagree, and whether it changes the top option (Ctrl+6)</source>
        <translation>Les points de désaccord entre analystes, et s’ils changent l’option en tête (Ctrl+6)</translation>
    </message>
    <message>
        <source>The options on two parts of the value tree, and which are worth considering (Ctrl+7)</source>
        <translation>Les options sur deux parties de l’arbre des valeurs, et celles qui méritent d’être retenues (Ctrl+7)</translation>
    </message>
    <message>
        <source>&amp;Ranking</source>
        <translation>&amp;Classement</translation>
    </message>
    <message>
        <source>&amp;Compare methods</source>
        <translation>C&amp;omparer les méthodes</translation>
    </message>
    <message>
        <source>&amp;Sensitivity</source>
        <translation>&amp;Sensibilité</translation>
    </message>
    <message>
        <source>&amp;Uncertainty</source>
        <translation>&amp;Incertitude</translation>
    </message>
    <message>
        <source>&amp;Perspectives</source>
        <translation>&amp;Perspectives</translation>
    </message>
    <message>
        <source>&amp;Disagreement</source>
        <translation>&amp;Désaccord</translation>
    </message>
    <message>
        <source>&amp;Trade-offs</source>
        <translation>&amp;Arbitrages</translation>
    </message>
</context>
<context>
    <name>AnalystsDialog</name>
    <message>
        <source>Analysts</source>
        <translation>Analystes</translation>
    </message>
    <message>
        <source>Each analyst may give their own scores and weights; where they give none, the shared inputs stand. The group view combines the analysts&apos; views.</source>
        <translation>Chaque analyste peut donner ses propres notes et poids ; là où il n’en donne pas, les données communes s’appliquent. La vue de groupe combine les avis des analystes.</translation>
    </message>
    <message>
        <source>Pick an analyst to edit their name, role and note</source>
        <translation>Choisissez un analyste pour modifier son nom, son rôle et sa remarque</translation>
    </message>
    <message>
        <source>Analyst&apos;s name</source>
        <translation>Nom de l’analyste</translation>
    </message>
    <message>
        <source>As it appears in the view switcher and the history; each analyst needs a name of their own. Enter saves the picked analyst, or adds a new one when none is picked</source>
        <translation>Tel qu’il apparaît dans le sélecteur de vue et l’historique ; chaque analyste doit avoir un nom propre. Entrée enregistre l’analyste choisi, ou en ajoute un nouveau si aucun n’est choisi</translation>
    </message>
    <message>
        <source>Analyst&apos;s role or organisation</source>
        <translation>Rôle ou organisation de l’analyste</translation>
    </message>
    <message>
        <source>Optional; helps readers weigh the analyst&apos;s inputs</source>
        <translation>Facultatif ; aide les lecteurs à juger les données de l’analyste</translation>
    </message>
    <message>
        <source>Note on the analyst</source>
        <translation>Remarque sur l’analyste</translation>
    </message>
    <message>
        <source>Optional: their expertise or a conflict of interest</source>
        <translation>Facultatif : son expertise ou un conflit d’intérêts</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rôle :</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>Remar&amp;que :</translation>
    </message>
    <message>
        <source>N&amp;ew analyst</source>
        <translation>Nou&amp;vel analyste</translation>
    </message>
    <message>
        <source>Start a new analyst</source>
        <translation>Commencer un nouvel analyste</translation>
    </message>
    <message>
        <source>Clears the selection and the fields; Enter then adds</source>
        <translation>Vide la sélection et les champs ; Entrée ajoute ensuite l’analyste</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <source>Add an analyst with the name, role and note typed</source>
        <translation>Ajouter un analyste avec le nom, le rôle et la remarque saisis</translation>
    </message>
    <message>
        <source>The new analyst starts with the shared scores and weights</source>
        <translation>Le nouvel analyste part des notes et des poids communs</translation>
    </message>
    <message>
        <source>&amp;Save changes</source>
        <translation>&amp;Enregistrer les modifications</translation>
    </message>
    <message>
        <source>Save the selected analyst&apos;s name, role and note</source>
        <translation>Enregistrer le nom, le rôle et la remarque de l’analyste sélectionné</translation>
    </message>
    <message>
        <source>Keeps the changes typed above (undo with Ctrl+Z)</source>
        <translation>Conserve les modifications saisies ci-dessus (annuler avec Ctrl+Z)</translation>
    </message>
    <message>
        <source>Re&amp;move…</source>
        <translation>Re&amp;tirer…</translation>
    </message>
    <message>
        <source>Remove the selected analyst and their inputs</source>
        <translation>Retirer l’analyste sélectionné et ses données</translation>
    </message>
    <message>
        <source>Asks first; undo with Ctrl+Z</source>
        <translation>Demande d’abord confirmation ; annuler avec Ctrl+Z</translation>
    </message>
    <message>
        <source>Group view</source>
        <translation>Vue de groupe</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Moyenne</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Médiane</translation>
    </message>
    <message>
        <source>Geometric mean</source>
        <translation>Moyenne géométrique</translation>
    </message>
    <message>
        <source>How scores are combined</source>
        <translation>Comment les notes sont combinées</translation>
    </message>
    <message>
        <source>How weights are combined</source>
        <translation>Comment les poids sont combinés</translation>
    </message>
    <message>
        <source>How AHP judgements are combined</source>
        <translation>Comment les jugements AHP sont combinés</translation>
    </message>
    <message>
        <source>AIJ: combine the judgements</source>
        <translation>AIJ : combiner les jugements</translation>
    </message>
    <message>
        <source>AIP: combine the priorities</source>
        <translation>AIP : combiner les priorités</translation>
    </message>
    <message>
        <source>Count the shared inputs as one more voice</source>
        <translation>Compter les données communes comme une voix de plus</translation>
    </message>
    <message>
        <source>The group view then also counts the shared inputs</source>
        <translation>La vue de groupe compte alors aussi les données communes</translation>
    </message>
    <message>
        <source>S&amp;cores:</source>
        <translation>N&amp;otes :</translation>
    </message>
    <message>
        <source>&amp;Weights:</source>
        <translation>&amp;Poids :</translation>
    </message>
    <message>
        <source>A&amp;HP judgements:</source>
        <translation>Jugements A&amp;HP :</translation>
    </message>
    <message>
        <source>How the group view combines the analysts&apos; inputs</source>
        <translation>Comment la vue de groupe combine les données des analystes</translation>
    </message>
    <message>
        <source>The project is open read-only: the analysts cannot be changed.</source>
        <translation>Le projet est ouvert en lecture seule : les analystes ne peuvent pas être modifiés.</translation>
    </message>
    <message>
        <source>New analyst: type their name, then press Enter or Add.</source>
        <translation>Nouvel analyste : saisissez son nom, puis appuyez sur Entrée ou Ajouter.</translation>
    </message>
    <message>
        <source>Editing {0}: press Enter or Save changes to keep your changes. New analyst starts another.</source>
        <translation>Modification de {0} : appuyez sur Entrée ou Enregistrer les modifications pour les conserver. Nouvel analyste en commence un autre.</translation>
    </message>
    <message>
        <source>Type the analyst&apos;s name first.</source>
        <translation>Saisissez d’abord le nom de l’analyste.</translation>
    </message>
    <message>
        <source>Another analyst is already called &quot;{0}&quot;. Give this analyst a name of their own (add initials or an organisation, for example) so that the views, the history and the brief can tell them apart.</source>
        <translation>Un autre analyste s’appelle déjà « {0} ». Donnez à cet analyste un nom qui lui soit propre (ajoutez par exemple des initiales ou une organisation) afin que les vues, l’historique et la note de synthèse puissent les distinguer.</translation>
    </message>
    <message>
        <source>the analyst</source>
        <translation>l’analyste</translation>
    </message>
    <message>
        <source>Add analyst</source>
        <translation>Ajouter un analyste</translation>
    </message>
    <message>
        <source>Added {0}. Type the next analyst&apos;s name, or pick one in the list to edit.</source>
        <translation>{0} ajouté. Saisissez le nom de l’analyste suivant, ou choisissez-en un dans la liste pour le modifier.</translation>
    </message>
    <message>
        <source>Choose an analyst in the list first.</source>
        <translation>Choisissez d’abord un analyste dans la liste.</translation>
    </message>
    <message>
        <source>Edit analyst</source>
        <translation>Modifier un analyste</translation>
    </message>
    <message>
        <source>The analyst typed in Edit &gt; Analysts could not be added.</source>
        <translation>L’analyste saisi dans Édition &gt; Analystes n’a pas pu être ajouté.</translation>
    </message>
    <message>
        <source>The changes typed for {0} in Edit &gt; Analysts could not be saved.</source>
        <translation>Les modifications saisies pour {0} dans Édition &gt; Analystes n’ont pas pu être enregistrées.</translation>
    </message>
    <message>
        <source>The dialog still shows what was typed; New analyst there clears it.</source>
        <translation>La boîte de dialogue montre encore ce qui a été saisi ; son bouton Nouvel analyste l’efface.</translation>
    </message>
    <message>
        <source>Remove {0}? Their own input (a score, weight or judgement) will be removed with them. You can undo this.</source>
        <translation>Retirer {0} ? Sa donnée propre (une note, un poids ou un jugement) sera retirée avec lui. Vous pourrez annuler.</translation>
    </message>
    <message>
        <source>Remove {0}? Their {1} own inputs (scores, weights and judgements) will be removed with them. You can undo this.</source>
        <translation>Retirer {0} ? Ses {1} données propres (notes, poids et jugements) seront retirées avec lui. Vous pourrez annuler.</translation>
    </message>
    <message>
        <source>Remove {0}? They have no inputs of their own. You can undo this.</source>
        <translation>Retirer {0} ? Cet analyste n’a pas de données propres. Vous pourrez annuler.</translation>
    </message>
    <message>
        <source>Remove analyst</source>
        <translation>Retirer un analyste</translation>
    </message>
    <message>
        <source>Change group aggregation</source>
        <translation>Changer l’agrégation du groupe</translation>
    </message>
</context>
<context>
    <name>BackupActions</name>
    <message>
        <source>Restore &amp;from backup…</source>
        <translation>Restaurer une sauve&amp;garde…</translation>
    </message>
    <message>
        <source>Replace the open project with one of its automatic backups</source>
        <translation>Remplacer le projet ouvert par l’une de ses sauvegardes automatiques</translation>
    </message>
    <message>
        <source>Open bac&amp;kups folder</source>
        <translation>Ouvrir le dossier des sa&amp;uvegardes</translation>
    </message>
    <message>
        <source>Show the folder of automatic backups in the file manager</source>
        <translation>Afficher le dossier des sauvegardes automatiques dans le gestionnaire de fichiers</translation>
    </message>
    <message>
        <source>Open project</source>
        <translation>Ouvrir un projet</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Could not restore %1</source>
        <translation>Impossible de restaurer %1</translation>
    </message>
    <message>
        <source>Could not open %1</source>
        <translation>Impossible d’ouvrir %1</translation>
    </message>
    <message>
        <source>Restored %1 from the backup of %2.</source>
        <translation>%1 restauré depuis la sauvegarde du %2.</translation>
    </message>
    <message>
        <source>Restored %1 from the backup of %2; the previous file was moved to %3.</source>
        <translation>%1 restauré depuis la sauvegarde du %2 ; l’ancien fichier a été déplacé vers %3.</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <source>There is no automatic backup of %1 yet. Counterweight makes one each time a project is opened, every half hour while it is being changed, and when it is closed after changes.</source>
        <translation>Il n’existe encore aucune sauvegarde automatique de %1. Counterweight en fait une à chaque ouverture d’un projet, toutes les demi-heures pendant qu’il est modifié, et à sa fermeture après des modifications.</translation>
    </message>
    <message>
        <source>Replace %1 with the file as it was before you restored on %2 (%3)? The current file is kept beside it, renamed %1.replaced-…, and is listed here too.</source>
        <translation>Remplacer %1 par le fichier tel qu’il était avant votre restauration du %2 (%3) ? Le fichier actuel est conservé à côté, renommé %1.replaced-…, et figurera lui aussi dans cette liste.</translation>
    </message>
    <message>
        <source>Replace %1 with the backup from %2 (%3)? The current file is kept beside it, renamed %1.replaced-…, and can be opened later.</source>
        <translation>Remplacer %1 par la sauvegarde du %2 (%3) ? Le fichier actuel est conservé à côté, renommé %1.replaced-…, et pourra être ouvert plus tard.</translation>
    </message>
    <message>
        <source>Open backups folder</source>
        <translation>Ouvrir le dossier des sauvegardes</translation>
    </message>
    <message>
        <source>The folder of automatic backups cannot be used: %1.</source>
        <translation>Le dossier des sauvegardes automatiques est inutilisable : %1.</translation>
    </message>
    <message>
        <source>Counterweight could not open a file manager here. The automatic backups are in %1.</source>
        <translation>Counterweight n’a pas pu ouvrir de gestionnaire de fichiers ici. Les sauvegardes automatiques se trouvent dans %1.</translation>
    </message>
    <message>
        <source>No automatic backup could be made of %1 when it was closed: %2. Its changes are saved in the project itself.</source>
        <translation>Aucune sauvegarde automatique de %1 n’a pu être faite à sa fermeture : %2. Ses modifications sont enregistrées dans le projet lui-même.</translation>
    </message>
    <message>
        <source>Reopened %1; nothing was restored.</source>
        <translation>%1 rouvert ; rien n’a été restauré.</translation>
    </message>
    <message>
        <source>The folder of automatic backups cannot be read: %1.</source>
        <translation>Le dossier des sauvegardes automatiques est illisible : %1.</translation>
    </message>
</context>
<context>
    <name>BackupListDialog</name>
    <message>
        <source>Restore from backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sauvegardes</translation>
    </message>
    <message>
        <source>Automatic backups of “%1”, newest first, with the files earlier restores set aside. Restoring one replaces the project with it; the current file is kept beside it under another name, and is listed here next time.</source>
        <translation>Sauvegardes automatiques de « %1 », les plus récentes d’abord, avec les fichiers mis de côté par les restaurations précédentes. En restaurer une remplace le projet par celle-ci ; le fichier actuel est conservé à côté sous un autre nom, et figurera dans cette liste la prochaine fois.</translation>
    </message>
    <message>
        <source>Each item gives when the backup was made (or which restore it undoes), how many history entries it holds, its size, and what it holds</source>
        <translation>Chaque élément indique quand la sauvegarde a été faite (ou quelle restauration elle défait), combien d’entrées d’historique elle contient, sa taille et son contenu</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurer</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <source>Replace the project with the selected backup</source>
        <translation>Remplacer le projet par la sauvegarde sélectionnée</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Close without restoring</source>
        <translation>Fermer sans restaurer</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <source>Tab to the text and select it with Shift and the arrow keys, or with the mouse, to copy it.</source>
        <translation>Atteignez le texte avec Tab et sélectionnez-le avec Maj et les flèches, ou à la souris, pour le copier.</translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation>Masquer le message</translation>
    </message>
    <message>
        <source>Hides this message until the next problem.</source>
        <translation>Masque ce message jusqu’au prochain problème.</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Masquer</translation>
    </message>
    <message>
        <source>Hides this notice until the project is opened again.</source>
        <translation>Masque cet avis jusqu’à la prochaine ouverture du projet.</translation>
    </message>
</context>
<context>
    <name>BannerArea</name>
    <message>
        <source>Notices</source>
        <translation>Avis</translation>
    </message>
    <message>
        <source>Read-only project</source>
        <translation>Projet en lecture seule</translation>
    </message>
    <message>
        <source>Decision notice</source>
        <translation>Avis sur la décision</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Dernière erreur</translation>
    </message>
    <message>
        <source>Not closed properly</source>
        <translation>Fermeture incorrecte</translation>
    </message>
    <message>
        <source>Protective marking</source>
        <translation>Mention de protection</translation>
    </message>
    <message>
        <source>Project file renamed</source>
        <translation>Fichier du projet renommé</translation>
    </message>
    <message>
        <source>Tr&amp;y again</source>
        <translation>Réessa&amp;yer</translation>
    </message>
    <message>
        <source>Saves the changes the project file refused, once the other program has finished with it.</source>
        <translation>Enregistre les modifications que le fichier du projet a refusées, une fois que l’autre programme en a fini avec lui.</translation>
    </message>
    <message>
        <source>Reopen for editin&amp;g</source>
        <translation>Rouvrir pour &amp;modifier</translation>
    </message>
    <message>
        <source>Opens the project again here, for editing, now that the other window has closed it.</source>
        <translation>Rouvre le projet ici, pour le modifier, maintenant que l’autre fenêtre l’a fermé.</translation>
    </message>
    <message>
        <source>Counterweight did not close properly the last time this project was open (%1). Every change is saved as it is made, so each change that was accepted is in the file: View &gt; History lists the last ones, and File &gt; Restore from backup… offers the automatic backups.</source>
        <translation>Counterweight ne s’est pas fermé correctement la dernière fois que ce projet était ouvert (%1). Chaque modification est enregistrée dès qu’elle est faite : toute modification acceptée est donc dans le fichier. Affichage &gt; Historique liste les dernières, et Fichier &gt; Restaurer une sauvegarde… propose les sauvegardes automatiques.</translation>
    </message>
    <message>
        <source>Read-only: this project cannot be changed here.</source>
        <translation>Lecture seule : ce projet ne peut pas être modifié ici.</translation>
    </message>
    <message>
        <source>To change it, continue in a copy with File &gt; Save As…, or open it again from File &gt; Open Recent once that is no longer so.</source>
        <translation>Pour le modifier, continuez dans une copie avec Fichier &gt; Enregistrer sous…, ou rouvrez-le depuis Fichier &gt; Ouvrir un fichier récent quand ce n’est plus le cas.</translation>
    </message>
    <message>
        <source>Read-only: the other window has closed this project, so it can now be opened here for editing.</source>
        <translation>Lecture seule : l’autre fenêtre a fermé ce projet ; il peut maintenant être ouvert ici pour être modifié.</translation>
    </message>
    <message>
        <source>The project file was renamed to “%1”; Counterweight saves there now.</source>
        <translation>Le fichier du projet a été renommé « %1 » ; Counterweight y enregistre désormais.</translation>
    </message>
    <message>
        <source>The project file was moved to “%1”; Counterweight saves there now.</source>
        <translation>Le fichier du projet a été déplacé vers « %1 » ; Counterweight y enregistre désormais.</translation>
    </message>
    <message numerus="yes">
        <source>Tr&amp;y again (%n changes)</source>
        <translation>
            <numerusform>Réessa&amp;yer (%n modification)</numerusform>
            <numerusform>Réessa&amp;yer (%n modifications)</numerusform>
        </translation>
    </message>
    <message>
        <source>Hides this message and drops the changes that were not saved.</source>
        <translation>Masque ce message et abandonne les modifications qui n’ont pas été enregistrées.</translation>
    </message>
    <message>
        <source>Hides this message until the next problem.</source>
        <translation>Masque ce message jusqu’au prochain problème.</translation>
    </message>
    <message>
        <source>Dismiss, and drop the changes that were not saved</source>
        <translation>Masquer, et abandonner les modifications non enregistrées</translation>
    </message>
    <message>
        <source>The change is kept in this window: Try again saves it, File &gt; Save As… saves it in a copy elsewhere, and ✕ drops it.</source>
        <translation>La modification est gardée dans cette fenêtre : Réessayer l’enregistre, Fichier &gt; Enregistrer sous… l’enregistre dans une copie ailleurs, et ✕ l’abandonne.</translation>
    </message>
    <message numerus="yes">
        <source>The %n changes are kept in this window: Try again saves them, File &gt; Save As… saves them in a copy elsewhere, and ✕ drops them.</source>
        <translation>
            <numerusform>La modification est gardée dans cette fenêtre : Réessayer l’enregistre, Fichier &gt; Enregistrer sous… l’enregistre dans une copie ailleurs, et ✕ l’abandonne.</numerusform>
            <numerusform>Les %n modifications sont gardées dans cette fenêtre : Réessayer les enregistre, Fichier &gt; Enregistrer sous… les enregistre dans une copie ailleurs, et ✕ les abandonne.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BriefActions</name>
    <message>
        <source>Set protective &amp;marking…</source>
        <translation>Mention de protec&amp;tion…</translation>
    </message>
    <message>
        <source>Choose the marking shown on the window and on every page</source>
        <translation>Choisir la mention affichée sur la fenêtre et sur chaque page</translation>
    </message>
    <message>
        <source>Set brief a&amp;uthor…</source>
        <translation>Auteur de la note de s&amp;ynthèse…</translation>
    </message>
    <message>
        <source>Choose the name printed as &quot;Prepared by&quot; on briefs (kept on this computer)</source>
        <translation>Choisir le nom imprimé après « Prepared by » sur les notes de synthèse (conservé sur cet ordinateur)</translation>
    </message>
    <message>
        <source>Export &amp;brief (PDF)…</source>
        <translation>Exporter la note de synthèse (P&amp;DF)…</translation>
    </message>
    <message>
        <source>&amp;Print brief…</source>
        <translation>Im&amp;primer la note de synthèse…</translation>
    </message>
    <message>
        <source>Protective marking set to {0}</source>
        <translation>Mention de protection : {0}</translation>
    </message>
    <message>
        <source>Protective marking removed</source>
        <translation>Mention de protection retirée</translation>
    </message>
    <message>
        <source>Briefs will say &quot;Prepared by {0}&quot;.</source>
        <translation>Les notes de synthèse indiqueront « Prepared by {0} ».</translation>
    </message>
    <message>
        <source>Briefs will name the account holder as their preparer.</source>
        <translation>Les notes de synthèse nommeront le titulaire du compte comme auteur.</translation>
    </message>
    <message>
        <source>Export brief</source>
        <translation>Exporter la note de synthèse</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Print brief</source>
        <translation>Imprimer la note de synthèse</translation>
    </message>
    <message>
        <source>the printer</source>
        <translation>l’imprimante</translation>
    </message>
    <message>
        <source>A brief is already being prepared.</source>
        <translation>Une note de synthèse est déjà en préparation.</translation>
    </message>
    <message>
        <source>Preparing the brief…</source>
        <translation>Préparation de la note de synthèse…</translation>
    </message>
    <message>
        <source>the brief&apos;s analyses</source>
        <translation>les analyses de la note de synthèse</translation>
    </message>
    <message>
        <source>The brief was cancelled; nothing was written.</source>
        <translation>La note de synthèse a été annulée ; rien n’a été écrit.</translation>
    </message>
    <message>
        <source>the brief</source>
        <translation>la note de synthèse</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Brief</source>
        <translation>Note de synthèse</translation>
    </message>
    <message>
        <source>Progress of the brief</source>
        <translation>Avancement de la note de synthèse</translation>
    </message>
    <message>
        <source>Wrote the brief to {0} ({1} pages)</source>
        <translation>Note de synthèse écrite dans {0} ({1} pages)</translation>
    </message>
    <message>
        <source>Write the decision brief as a PDF (the brief is in English, whatever the window&apos;s language)</source>
        <translation>Écrire la note de synthèse en PDF (la note est en anglais, quelle que soit la langue de la fenêtre)</translation>
    </message>
    <message>
        <source>Print the decision brief (in English)</source>
        <translation>Imprimer la note de synthèse (en anglais)</translation>
    </message>
</context>
<context>
    <name>BriefAuthor</name>
    <message>
        <source>Brief author</source>
        <translation>Auteur des notes de synthèse</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(inconnu)</translation>
    </message>
    <message>
        <source>Name printed as &quot;Prepared by&quot; on every brief from this computer. Leave it empty to print the account&apos;s name: {0}.</source>
        <translation>Nom imprimé après « Prepared by » sur chaque note de synthèse faite sur cet ordinateur. Laissez-le vide pour imprimer le nom du compte : {0}.</translation>
    </message>
    <message>
        <source>Name printed as Prepared by</source>
        <translation>Nom imprimé après Prepared by</translation>
    </message>
</context>
<context>
    <name>BriefProcess</name>
    <message>
        <source>An unexpected problem stopped the brief. Nothing in the decision was changed and no brief was written; the details were written to the log.</source>
        <translation>Un problème inattendu a arrêté la note de synthèse. Rien n’a été modifié dans la décision et aucune note n’a été écrite ; les détails figurent dans le journal.</translation>
    </message>
    <message>
        <source>The brief could not be written: the program writing it stopped unexpectedly. Nothing in the decision was changed and no brief was written; you can try again.</source>
        <translation>La note de synthèse n’a pas pu être écrite : le programme qui l’écrivait s’est arrêté de façon inattendue. Rien n’a été modifié dans la décision et aucune note n’a été écrite ; vous pouvez réessayer.</translation>
    </message>
    <message>
        <source>The brief could not be written: the program writing it ended with exit status {0}. Nothing in the decision was changed.</source>
        <translation>La note de synthèse n’a pas pu être écrite : le programme qui l’écrivait s’est terminé avec le code {0}. Rien n’a été modifié dans la décision.</translation>
    </message>
</context>
<context>
    <name>ChartSaving</name>
    <message>
        <source>Save &amp;chart as picture…</source>
        <translation>Enregistrer le grap&amp;hique en image…</translation>
    </message>
    <message>
        <source>Save the chart with the keyboard focus, or else the first chart shown, as PNG or SVG</source>
        <translation>Enregistrer en PNG ou en SVG le graphique qui a le focus clavier, sinon le premier graphique affiché</translation>
    </message>
    <message>
        <source>Cop&amp;y chart</source>
        <translation>Copier le &amp;graphique</translation>
    </message>
    <message>
        <source>Copy the chart with the keyboard focus, or else the first chart shown, as a picture to paste into a document</source>
        <translation>Copier le graphique qui a le focus clavier, ou à défaut le premier graphique affiché, comme image à coller dans un document</translation>
    </message>
    <message>
        <source>&amp;Copy chart</source>
        <translation>&amp;Copier le graphique</translation>
    </message>
    <message>
        <source>Copy the chart as a picture to paste into a document</source>
        <translation>Copier le graphique comme image à coller dans un document</translation>
    </message>
    <message>
        <source>Save chart as &amp;PNG…</source>
        <translation>Enregistrer le graphique en &amp;PNG…</translation>
    </message>
    <message>
        <source>Save chart as &amp;SVG…</source>
        <translation>Enregistrer le graphique en &amp;SVG…</translation>
    </message>
    <message>
        <source>No chart is shown; open a tab with a chart first.</source>
        <translation>Aucun graphique n’est affiché ; ouvrez d’abord un onglet avec un graphique.</translation>
    </message>
    <message>
        <source>PNG pictures (*.png)</source>
        <translation>Images PNG (*.png)</translation>
    </message>
    <message>
        <source>SVG drawings (*.svg)</source>
        <translation>Dessins SVG (*.svg)</translation>
    </message>
    <message>
        <source>Save chart as picture</source>
        <translation>Enregistrer le graphique en image</translation>
    </message>
    <message>
        <source>Save chart as PNG</source>
        <translation>Enregistrer le graphique en PNG</translation>
    </message>
    <message>
        <source>Save chart as SVG</source>
        <translation>Enregistrer le graphique en SVG</translation>
    </message>
    <message>
        <source>Saved the chart to {0}</source>
        <translation>Graphique enregistré dans {0}</translation>
    </message>
    <message>
        <source>Copied the chart as a picture; paste it into a document</source>
        <translation>Graphique copié comme image ; collez-le dans un document</translation>
    </message>
</context>
<context>
    <name>ComparisonPanel</name>
    <message>
        <source>Compare methods</source>
        <translation>Comparer les méthodes</translation>
    </message>
    <message>
        <source>Do the methods agree?</source>
        <translation>Les méthodes concordent-elles ?</translation>
    </message>
    <message>
        <source>Whether every method puts the same option first</source>
        <translation>Si toutes les méthodes mettent la même option en tête</translation>
    </message>
    <message>
        <source>Caveats of each method</source>
        <translation>Mises en garde propres à chaque méthode</translation>
    </message>
    <message>
        <source>Near ties, compromise sets, zero scores and preference functions that qualify the methods&apos; answers</source>
        <translation>Quasi-égalités, ensembles de compromis, scores nuls et fonctions de préférence qui nuancent les réponses des méthodes</translation>
    </message>
    <message>
        <source>Rank of each option under each method</source>
        <translation>Rang de chaque option selon chaque méthode</translation>
    </message>
    <message>
        <source>Options in rows, methods in columns</source>
        <translation>Les options en lignes, les méthodes en colonnes</translation>
    </message>
    <message>
        <source>Agreement between methods, Kendall&apos;s tau-b</source>
        <translation>Concordance entre méthodes, tau-b de Kendall</translation>
    </message>
    <message>
        <source>1: same order, 0: unrelated, -1: reversed</source>
        <translation>1 : même ordre, 0 : sans rapport, -1 : ordre inverse</translation>
    </message>
    <message>
        <source>Kendall&apos;s tau-b between two rankings: 1 = same order, 0 = unrelated, −1 = reversed; over the options every method ranks.</source>
        <translation>Tau-b de Kendall entre deux classements : 1 = même ordre, 0 = sans rapport, −1 = ordre inverse ; sur les options que toutes les méthodes classent.</translation>
    </message>
    <message>
        <source>Chart legend</source>
        <translation>Légende du graphique</translation>
    </message>
    <message>
        <source>the comparison of methods</source>
        <translation>la comparaison des méthodes</translation>
    </message>
    <message>
        <source>No project is open.</source>
        <translation>Aucun projet n’est ouvert.</translation>
    </message>
    <message>
        <source>Updating…</source>
        <translation>Mise à jour…</translation>
    </message>
    <message>
        <source>The results below are from before the last change.</source>
        <translation>Les résultats ci-dessous datent d’avant la dernière modification.</translation>
    </message>
    <message>
        <source>Compare methods updated: {0}</source>
        <translation>Comparaison des méthodes mise à jour : {0}</translation>
    </message>
    <message>
        <source>The methods cannot be compared: {0}</source>
        <translation>Les méthodes ne peuvent pas être comparées : {0}</translation>
    </message>
    <message>
        <source>Option</source>
        <translation>Option</translation>
    </message>
    <message>
        <source> — the method in use</source>
        <translation> — la méthode en usage</translation>
    </message>
    <message>
        <source>excluded by a red line</source>
        <translation>exclue par une ligne rouge</translation>
    </message>
    <message>
        <source>cannot be placed (a score is missing)</source>
        <translation>impossible à placer (une note manque)</translation>
    </message>
    <message>
        <source>{0}: not ranked by {1}, {2}</source>
        <translation>{0} : non classée par {1}, {2}</translation>
    </message>
    <message>
        <source>{0}: rank {1} under {2}</source>
        <translation>{0} : rang {1} selon {2}</translation>
    </message>
    <message>
        <source>The ranks table lists the first {0} of {1:,} options under the method in use.</source>
        <translation>Le tableau des rangs liste les {0} premières des {1:,} options selon la méthode utilisée.</translation>
    </message>
    <message>
        <source>{0} vs {1}: tau-b {2}</source>
        <translation>{0} / {1} : tau-b {2}</translation>
    </message>
    <message>
        <source>undefined (too few options, or all tied)</source>
        <translation>indéfini (trop peu d’options, ou toutes ex æquo)</translation>
    </message>
    <message>
        <source>No option is ranked by every method, so the methods cannot be compared.</source>
        <translation>Aucune option n’est classée par toutes les méthodes : les méthodes ne peuvent pas être comparées.</translation>
    </message>
    <message>
        <source>&apos;{0}&apos;</source>
        <extracomment>Translators: an option&apos;s name in quotes, as in &quot;All five methods put &apos;Alpha&apos; first.&quot;</extracomment>
        <translation>« {0} »</translation>
    </message>
    <message>
        <source>All five methods put {0} first.</source>
        <translation>Les cinq méthodes mettent {0} en tête.</translation>
    </message>
    <message>
        <source>two</source>
        <translation>deux</translation>
    </message>
    <message>
        <source>{0} (⚑ breaches the red line on {1})</source>
        <extracomment>Translators: {0} an option&apos;s name, {1} a criterion&apos;s name</extracomment>
        <translation>{0} (⚑ franchit la ligne rouge sur {1})</translation>
    </message>
    <message>
        <source>{0} (⚑ breaches the red lines on {1})</source>
        <extracomment>Translators: {0} an option&apos;s name, {1} two or more criteria</extracomment>
        <translation>{0} (⚑ franchit les lignes rouges sur {1})</translation>
    </message>
    <message>
        <source>{0} proposes the compromise set {1}</source>
        <extracomment>Translators: {0} one method&apos;s name (VIKOR), {1} two or more option names</extracomment>
        <translation>{0} propose l’ensemble de compromis {1}</translation>
    </message>
    <message>
        <source>{0} propose the compromise set {1}</source>
        <translation>{0} proposent l’ensemble de compromis {1}</translation>
    </message>
    <message>
        <source>{0} has {1} in a near tie for first</source>
        <extracomment>Translators: {0} one method&apos;s name, {1} two or more option names</extracomment>
        <translation>{0} place {1} presque à égalité en tête</translation>
    </message>
    <message>
        <source>{0} have {1} in a near tie for first</source>
        <translation>{0} placent {1} presque à égalité en tête</translation>
    </message>
    <message>
        <source>{0} puts {1} joint first</source>
        <translation>{0} met {1} ex æquo en tête</translation>
    </message>
    <message>
        <source>{0} put {1} joint first</source>
        <translation>{0} mettent {1} ex æquo en tête</translation>
    </message>
    <message>
        <source>three</source>
        <translation>trois</translation>
    </message>
    <message>
        <source>four</source>
        <translation>quatre</translation>
    </message>
    <message>
        <source>five</source>
        <translation>cinq</translation>
    </message>
    <message>
        <source>All {0} methods put {1} joint first.</source>
        <extracomment>Translators: {0} is how many methods (a word), {1} two or more option names</extracomment>
        <translation>Les {0} méthodes mettent {1} ex æquo en tête.</translation>
    </message>
    <message>
        <source>All {0} methods put {1} first.</source>
        <translation>Les {0} méthodes mettent {1} en tête.</translation>
    </message>
    <message>
        <source>level points</source>
        <translation>points de niveau</translation>
    </message>
    <message>
        <source>PROMETHEE II uses the usual preference function (type I) on its one criterion: any difference, however small, counts as full preference.</source>
        <translation>PROMETHEE II utilise la fonction de préférence usuelle (type I) sur son unique critère : tout écart, si petit soit-il, compte comme une préférence totale.</translation>
    </message>
    <message>
        <source>PROMETHEE II uses the usual preference function (type I) on both criteria: any difference, however small, counts as full preference.</source>
        <translation>PROMETHEE II utilise la fonction de préférence usuelle (type I) sur les deux critères : tout écart, si petit soit-il, compte comme une préférence totale.</translation>
    </message>
    <message>
        <source>PROMETHEE II uses the usual preference function (type I) on all {0} criteria: any difference, however small, counts as full preference.</source>
        <extracomment>Translators: {0} is a number of criteria (3 or more)</extracomment>
        <translation>PROMETHEE II utilise la fonction de préférence usuelle (type I) sur les {0} critères : tout écart, si petit soit-il, compte comme une préférence totale.</translation>
    </message>
    <message>
        <source>{0} on &apos;{1}&apos; ({2})</source>
        <extracomment>Translators: {0} a preference function&apos;s name, {1} a criterion&apos;s name, {2} its thresholds (&quot;q = 1 $bn&quot;)</extracomment>
        <translation>{0} sur « {1} » ({2})</translation>
    </message>
    <message>
        <source>the usual function (type I, no thresholds: any difference counts as full preference) on &apos;{0}&apos;</source>
        <translation>la fonction usuelle (type I, sans seuil : tout écart compte comme une préférence totale) sur « {0} »</translation>
    </message>
    <message>
        <source>the usual function (type I, no thresholds: any difference counts as full preference) on the other {0} criteria</source>
        <translation>la fonction usuelle (type I, sans seuil : tout écart compte comme une préférence totale) sur les {0} autres critères</translation>
    </message>
    <message>
        <source>PROMETHEE II preference functions: {0}.</source>
        <translation>Fonctions de préférence de PROMETHEE II : {0}.</translation>
    </message>
    <message>
        <source>VIKOR: {0} tie on Q, so no option has an acceptable advantage and VIKOR proposes a compromise set (Opricovic &amp; Tzeng 2004).</source>
        <extracomment>Translators: {0} two or more option names</extracomment>
        <translation>VIKOR : {0} sont à égalité sur Q ; aucune option n’a donc d’avantage acceptable et VIKOR propose un ensemble de compromis (Opricovic &amp; Tzeng 2004).</translation>
    </message>
    <message>
        <source>VIKOR: {0} leads on Q by {1}, less than DQ = {2}, so no option has an acceptable advantage and VIKOR proposes a compromise set (Opricovic &amp; Tzeng 2004).</source>
        <extracomment>Translators: {0} an option&apos;s name, {1} a difference in VIKOR&apos;s Q (&quot;0.0345&quot;), {2} DQ (&quot;0.25&quot;)</extracomment>
        <translation>VIKOR : {0} mène sur Q de {1}, moins que DQ = {2} ; aucune option n’a donc d’avantage acceptable et VIKOR propose un ensemble de compromis (Opricovic &amp; Tzeng 2004).</translation>
    </message>
    <message>
        <source>VIKOR: {0} leads on Q by at least DQ = {1} but is not also best on S or R (no acceptable stability), so VIKOR proposes it together with the runner-up (Opricovic &amp; Tzeng 2004).</source>
        <translation>VIKOR : {0} mène sur Q d’au moins DQ = {1} mais n’est pas aussi la meilleure sur S ou R (pas de stabilité acceptable) ; VIKOR la propose donc avec l’option classée deuxième (Opricovic &amp; Tzeng 2004).</translation>
    </message>
    <message>
        <source>{0}: {1} leads {2} by only {3} points out of 100, a near tie (under {4} points).</source>
        <extracomment>Translators: {0} a method, {1} and {2} option names, {3} and {4} points out of 100 (&quot;0.03&quot;, &quot;0.05&quot;)</extracomment>
        <translation>{0} : {1} ne devance {2} que de {3} points sur 100, une quasi-égalité (moins de {4} points).</translation>
    </message>
    <message>
        <source>{0}: {1} scores 0 because its value on {2} is 0 (a single 0 makes the product 0).</source>
        <extracomment>Translators: {0} the weighted product&apos;s name, {1} an option, {2} one or more criteria</extracomment>
        <translation>{0} : {1} obtient 0 parce que sa valeur sur {2} est 0 (un seul 0 rend le produit nul).</translation>
    </message>
    <message>
        <source>{0}: one more option scores 0 for the same reason.</source>
        <translation>{0} : une autre option obtient 0 pour la même raison.</translation>
    </message>
    <message>
        <source>{0}: {1} more options score 0 for the same reason.</source>
        <extracomment>Translators: {0} the weighted product&apos;s name, {1} a count of options (2 or more)</extracomment>
        <translation>{0} : {1} autres options obtiennent 0 pour la même raison.</translation>
    </message>
    <message>
        <source>{0} puts {1} first</source>
        <extracomment>Translators: {0} is one method&apos;s name, {1} one or more option names.</extracomment>
        <translation>{0} met {1} en tête</translation>
    </message>
    <message>
        <source>{0} put {1} first</source>
        <extracomment>Translators: {0} is a list of method names, {1} one or more option names.</extracomment>
        <translation>{0} mettent {1} en tête</translation>
    </message>
    <message>
        <source>The methods differ only within ties, near ties or a compromise set: {0}. {1} is first or level for first under every method.</source>
        <extracomment>Translators: {0} parts such as &quot;VIKOR proposes the compromise set &apos;A&apos; and &apos;B&apos;&quot;; {1} one option name</extracomment>
        <translation>Les méthodes ne diffèrent que par des ex æquo, des quasi-égalités ou un ensemble de compromis : {0}. {1} est en tête ou ex æquo en tête selon chaque méthode.</translation>
    </message>
    <message>
        <source>The methods differ only within ties, near ties or a compromise set: {0}. {1} are first or level for first under every method.</source>
        <translation>Les méthodes ne diffèrent que par des ex æquo, des quasi-égalités ou un ensemble de compromis : {0}. {1} sont en tête ou ex æquo en tête selon chaque méthode.</translation>
    </message>
    <message>
        <source>Methods disagree on the top option: {0}.</source>
        <translation>Les méthodes divergent sur l’option en tête : {0}.</translation>
    </message>
    <message>
        <source>; </source>
        <extracomment>Translators: separates &quot;&lt;methods&gt; put &lt;option&gt; first&quot; parts in &quot;Methods disagree on the top option: {0}.&quot;</extracomment>
        <translation> ; </translation>
    </message>
    <message>
        <source>Left out of the agreement measure (not ranked by every method): {0}.</source>
        <translation>Laissées hors de la mesure de concordance (non classées par toutes les méthodes) : {0}.</translation>
    </message>
    <message>
        <source>Ranks, chart and agreement</source>
        <translation>Rangs, graphique et concordance</translation>
    </message>
    <message>
        <source>Ranks per method chart</source>
        <translation>Graphique des rangs par méthode</translation>
    </message>
    <message>
        <source>One line per option through its rank under each method, rank 1 at the top; flat lines mean the methods agree, crossing lines that the choice of method matters.</source>
        <translation>Une ligne par option, qui passe par son rang selon chaque méthode, le rang 1 en haut ; des lignes plates indiquent que les méthodes concordent, des lignes qui se croisent que le choix de la méthode compte.</translation>
    </message>
</context>
<context>
    <name>ConclusionDialog</name>
    <message>
        <source>The analysis ranks no option at present.</source>
        <translation>L’analyse ne classe aucune option pour le moment.</translation>
    </message>
    <message>
        <source>The analysis ranks %1 first (%2 out of 100).</source>
        <translation>L’analyse classe %1 en tête (%2 sur 100).</translation>
    </message>
    <message>
        <source>The analysis ranks %1 equal first (%2 out of 100 each).</source>
        <translation>L’analyse classe %1 ex æquo en tête (%2 sur 100 chacune).</translation>
    </message>
    <message>
        <source>Recommendation and decision</source>
        <translation>Recommandation et décision</translation>
    </message>
    <message>
        <source>None yet</source>
        <translation>Aucune pour l’instant</translation>
    </message>
    <message>
        <source>Not decided yet</source>
        <translation>Pas encore décidé</translation>
    </message>
    <message>
        <source>&amp;Date of the decision:</source>
        <translation>Da&amp;te de la décision :</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Recommandation</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>Recommended o&amp;ption:</source>
        <translation>Option reco&amp;mmandée :</translation>
    </message>
    <message>
        <source>&amp;Reasons:</source>
        <translation>&amp;Raisons :</translation>
    </message>
    <message>
        <source>Recommended &amp;by:</source>
        <translation>Recommandée &amp;par :</translation>
    </message>
    <message>
        <source>Decided opt&amp;ion:</source>
        <translation>&amp;Option décidée :</translation>
    </message>
    <message>
        <source>Decided b&amp;y:</source>
        <translation>&amp;Décidée par :</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note :</translation>
    </message>
    <message>
        <source>This project is open read-only: the record is shown but cannot be changed.</source>
        <translation>Ce projet est ouvert en lecture seule : la trace est affichée mais ne peut pas être modifiée.</translation>
    </message>
    <message>
        <source>A person, team or body</source>
        <translation>Une personne, une équipe ou une instance</translation>
    </message>
    <message>
        <source>Recommended option</source>
        <translation>Option recommandée</translation>
    </message>
    <message>
        <source>The option the staff recommend; None yet when there is no recommendation</source>
        <translation>L’option que recommandent les services ; « Aucune pour l’instant » tant qu’il n’y a pas de recommandation</translation>
    </message>
    <message>
        <source>Reasons for the recommendation</source>
        <translation>Raisons de la recommandation</translation>
    </message>
    <message>
        <source>Why this option is recommended, especially when the analysis ranks another first</source>
        <translation>Pourquoi cette option est recommandée, surtout quand l’analyse en classe une autre en tête</translation>
    </message>
    <message>
        <source>Recommended by</source>
        <translation>Recommandée par</translation>
    </message>
    <message>
        <source>Who makes the recommendation</source>
        <translation>Qui fait la recommandation</translation>
    </message>
    <message>
        <source>Decided option</source>
        <translation>Option décidée</translation>
    </message>
    <message>
        <source>The option finally decided; Not decided yet until the decision is taken</source>
        <translation>L’option finalement décidée ; « Pas encore décidé » tant que la décision n’est pas prise</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>Décidée par</translation>
    </message>
    <message>
        <source>Who took the decision</source>
        <translation>Qui a pris la décision</translation>
    </message>
    <message>
        <source>Record the date of the decision</source>
        <translation>Noter la date de la décision</translation>
    </message>
    <message>
        <source>Tick to record when the decision was taken</source>
        <translation>Cochez pour noter quand la décision a été prise</translation>
    </message>
    <message>
        <source>Date of the decision</source>
        <translation>Date de la décision</translation>
    </message>
    <message>
        <source>When the decision was taken</source>
        <translation>Quand la décision a été prise</translation>
    </message>
    <message>
        <source>Note on the decision</source>
        <translation>Note sur la décision</translation>
    </message>
    <message>
        <source>A note on the decision, for example why it departs from the analysis</source>
        <translation>Une note sur la décision, par exemple pourquoi elle s’écarte de l’analyse</translation>
    </message>
    <message>
        <source>The analysis&apos;s top option</source>
        <translation>L’option en tête de l’analyse</translation>
    </message>
    <message>
        <source>This is not the option the analysis ranks first on its own: give the reasons for recommending it.</source>
        <translation>Ce n’est pas l’option que l’analyse classe seule en tête : donnez les raisons de la recommander.</translation>
    </message>
    <message>
        <source>No reasons are given yet; the brief will say so.</source>
        <translation>Aucune raison n’est encore donnée ; la note de synthèse le dira.</translation>
    </message>
    <message>
        <source>The option decided is not the one the analysis ranks first on its own; the note can say why.</source>
        <translation>L’option décidée n’est pas celle que l’analyse classe seule en tête ; la note peut dire pourquoi.</translation>
    </message>
    <message>
        <source>The reasons are %1 characters long; the most is %2.</source>
        <translation>Les raisons font %1 caractères ; le maximum est %2.</translation>
    </message>
    <message>
        <source>The note is %1 characters long; the most is %2.</source>
        <translation>La note fait %1 caractères ; le maximum est %2.</translation>
    </message>
    <message>
        <source>Set recommendation and decision</source>
        <translation>Noter la recommandation et la décision</translation>
    </message>
</context>
<context>
    <name>ConclusionLine</name>
    <message>
        <source>Recommendation and decision</source>
        <translation>Recommandation et décision</translation>
    </message>
    <message>
        <source>Recorded with Edit › Recommendation and decision…</source>
        <translation>Notée avec Édition › Recommandation et décision…</translation>
    </message>
    <message>
        <source>Recommended: %1 (by %2).</source>
        <translation>Recommandée : %1 (par %2).</translation>
    </message>
    <message>
        <source>Recommended: %1.</source>
        <translation>Recommandée : %1.</translation>
    </message>
    <message>
        <source>Decided: %1, by %2 on %3.</source>
        <translation>Décidée : %1, par %2 le %3.</translation>
    </message>
    <message>
        <source>Decided: %1, by %2.</source>
        <translation>Décidée : %1, par %2.</translation>
    </message>
    <message>
        <source>Decided: %1, on %3.</source>
        <translation>Décidée : %1, le %3.</translation>
    </message>
    <message>
        <source>Decided: %1.</source>
        <translation>Décidée : %1.</translation>
    </message>
    <message>
        <source>Not decided yet.</source>
        <translation>Pas encore décidé.</translation>
    </message>
    <message>
        <source>A recommendation or decision note is recorded, without an option.</source>
        <translation>Une recommandation ou une note de décision est notée, sans option.</translation>
    </message>
</context>
<context>
    <name>ContributionChart</name>
    <message>
        <source>Score out of 100</source>
        <translation>Note sur 100</translation>
    </message>
    <message>
        <source>Contribution of each criterion to the overall score</source>
        <translation>Contribution de chaque critère à la note globale</translation>
    </message>
    <message>
        <source>{option}: {segment} adds {points} of {total} points</source>
        <translation>{option} : {segment} apporte {points} des {total} points</translation>
    </message>
    <message>
        <source>Top {0} of {1} options</source>
        <translation>Les {0} premières options sur {1}</translation>
    </message>
</context>
<context>
    <name>CriteriaPanel</name>
    <message>
        <source>Criteria</source>
        <translation>Critères</translation>
    </message>
    <message>
        <source>&amp;Criteria</source>
        <translation>&amp;Critères</translation>
    </message>
    <message>
        <source>Name of criterion or group</source>
        <translation>Nom du critère ou du groupe</translation>
    </message>
    <message>
        <source>Add &amp;criterion</source>
        <translation>Ajouter un &amp;critère</translation>
    </message>
    <message>
        <source>Add a scored criterion to the selected group</source>
        <translation>Ajouter un critère noté au groupe sélectionné</translation>
    </message>
    <message>
        <source>Add &amp;group</source>
        <translation>Ajouter un &amp;groupe</translation>
    </message>
    <message>
        <source>Insert adds a criterion, Ctrl+Shift+Insert adds a group, F2 renames, Return edits, Alt+Up and Alt+Down move, Ctrl+Shift+M moves to another group, Delete removes</source>
        <translation>Inser ajoute un critère, Ctrl+Maj+Inser un groupe, F2 renomme, Entrée modifie, Alt+Haut et Alt+Bas déplacent, Ctrl+Maj+M change de groupe, Suppr supprime</translation>
    </message>
    <message>
        <source>Add a group of criteria in the selected group</source>
        <translation>Ajouter un groupe de critères dans le groupe sélectionné</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Renommer</translation>
    </message>
    <message>
        <source>Rename the selected criterion in place</source>
        <translation>Renommer sur place le critère sélectionné</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>Edit the scale, direction, unit and description</source>
        <translation>Modifier l’échelle, le sens, l’unité et la description</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>M&amp;onter</translation>
    </message>
    <message>
        <source>Move the selected criterion up</source>
        <translation>Monter le critère sélectionné</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>&amp;Descendre</translation>
    </message>
    <message>
        <source>Move the selected criterion down</source>
        <translation>Descendre le critère sélectionné</translation>
    </message>
    <message>
        <source>Move &amp;to group…</source>
        <translation>Déplacer &amp;vers un groupe…</translation>
    </message>
    <message>
        <source>Move the selected criterion into another group or to the top level</source>
        <translation>Déplacer le critère sélectionné dans un autre groupe ou au premier niveau</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source>Delete the selected criterion, what it holds and its scores</source>
        <translation>Supprimer le critère sélectionné, son contenu et ses notes</translation>
    </message>
    <message>
        <source>+ Criterion</source>
        <translation>+ Critère</translation>
    </message>
    <message>
        <source>+ Group</source>
        <translation>+ Groupe</translation>
    </message>
    <message>
        <source>↑ Up</source>
        <translation>↑ Monter</translation>
    </message>
    <message>
        <source>↓ Down</source>
        <translation>↓ Descendre</translation>
    </message>
    <message>
        <source>Criterion actions</source>
        <translation>Actions sur les critères</translation>
    </message>
    <message>
        <source>The name typed in the Criteria tree could not be applied.

{0}

The tree still shows what was typed.</source>
        <translation>Le nom saisi dans l’arbre des critères n’a pas pu être appliqué.

{0}

L’arbre montre encore ce qui a été saisi.</translation>
    </message>
    <message>
        <source>1 point</source>
        <translation>1 point</translation>
    </message>
    <message>
        <source>{0} points</source>
        <translation>{0} points</translation>
    </message>
    <message>
        <source>“{0}” starts with {1}, {2} % of the top-level weight. Set its points under Weights.</source>
        <translation>« {0} » commence avec {1}, soit {2} % du poids du premier niveau. Réglez ses points sous Poids.</translation>
    </message>
    <message>
        <source>“{0}” starts with {1}, {2} % of the weight in “{3}”. Set its points under Weights.</source>
        <translation>« {0} » commence avec {1}, soit {2} % du poids de « {3} ». Réglez ses points sous Poids.</translation>
    </message>
    <message>
        <source>Criterion %1</source>
        <translation>Critère %1</translation>
    </message>
    <message>
        <source>Group %1</source>
        <translation>Groupe %1</translation>
    </message>
    <message>
        <source>Edit criterion</source>
        <translation>Modifier le critère</translation>
    </message>
    <message>
        <source>Edit group</source>
        <translation>Modifier le groupe</translation>
    </message>
    <message>
        <source>Move group</source>
        <translation>Déplacer le groupe</translation>
    </message>
    <message>
        <source>Move criterion</source>
        <translation>Déplacer le critère</translation>
    </message>
    <message>
        <source>There is no other group to move “%1” into. Add a group with + Group first.</source>
        <translation>Il n’y a pas d’autre groupe où déplacer « %1 ». Ajoutez d’abord un groupe avec + Groupe.</translation>
    </message>
    <message>
        <source>Move to group</source>
        <translation>Déplacer vers un groupe</translation>
    </message>
    <message>
        <source>group</source>
        <translation>le groupe</translation>
    </message>
    <message>
        <source>criterion</source>
        <translation>le critère</translation>
    </message>
    <message>
        <source>Delete the %1 “%2”?</source>
        <translation>Supprimer %1 « %2 » ?</translation>
    </message>
    <message>
        <source>It holds one criterion, which goes with it:</source>
        <translation>Il contient un critère, qui sera supprimé avec lui :</translation>
    </message>
    <message numerus="yes">
        <source>It holds %n criteria, which go with it:</source>
        <translation>
            <numerusform>Il contient %n critère, qui sera supprimé avec lui :</numerusform>
            <numerusform>Il contient %n critères, qui seront supprimés avec lui :</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>…and %n more</source>
        <translation>
            <numerusform>…et %n autre</numerusform>
            <numerusform>…et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>No scores will be deleted.</source>
        <translation>Aucune note ne sera supprimée.</translation>
    </message>
    <message>
        <source>One score will be deleted.</source>
        <translation>Une note sera supprimée.</translation>
    </message>
    <message numerus="yes">
        <source>%n scores will be deleted.</source>
        <translation>
            <numerusform>%n note sera supprimée.</numerusform>
            <numerusform>%n notes seront supprimées.</numerusform>
        </translation>
    </message>
    <message>
        <source>You can undo this with Edit › Undo.</source>
        <translation>Vous pouvez l’annuler avec Édition › Annuler.</translation>
    </message>
    <message>
        <source>Delete criterion</source>
        <translation>Supprimer le critère</translation>
    </message>
    <message>
        <source>Delete group</source>
        <translation>Supprimer le groupe</translation>
    </message>
</context>
<context>
    <name>CriteriaTreeModel</name>
    <message>
        <source>Criterion</source>
        <translation>Critère</translation>
    </message>
    <message>
        <source>Measured on</source>
        <translation>Mesuré sur</translation>
    </message>
    <message>
        <source>Group of one criterion</source>
        <translation>Groupe d’un critère</translation>
    </message>
    <message numerus="yes">
        <source>Group of %n criteria</source>
        <translation>
            <numerusform>Groupe de %n critère</numerusform>
            <numerusform>Groupe de %n critères</numerusform>
        </translation>
    </message>
    <message>
        <source>Scored criterion, measured on %1</source>
        <translation>Critère noté, mesuré sur %1</translation>
    </message>
    <message numerus="yes">
        <source>group of %n</source>
        <translation>
            <numerusform>groupe de %n</numerusform>
            <numerusform>groupe de %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n levels</source>
        <translation>
            <numerusform>%n niveau</numerusform>
            <numerusform>%n niveaux</numerusform>
        </translation>
    </message>
    <message>
        <source>higher is better</source>
        <translation>plus haut est mieux</translation>
    </message>
    <message>
        <source>lower is better</source>
        <translation>plus bas est mieux</translation>
    </message>
    <message>
        <source>Rename criterion</source>
        <translation>Renommer le critère</translation>
    </message>
    <message>
        <source>Rename group</source>
        <translation>Renommer le groupe</translation>
    </message>
</context>
<context>
    <name>CriterionDialog</name>
    <message>
        <source>Edit group</source>
        <translation>Modifier le groupe</translation>
    </message>
    <message>
        <source>Edit criterion</source>
        <translation>Modifier le critère</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>The name shown in the score matrix, weights and reports</source>
        <translation>Le nom affiché dans la matrice des notes, les poids et les rapports</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>What is measured and why; Tab moves on</source>
        <translation>Ce qui est mesuré et pourquoi ; Tab passe au champ suivant</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Description :</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <source>Unit of the scores, such as $bn or days; may be left empty</source>
        <translation>Unité des notes, par exemple Md$ ou jours ; peut rester vide</translation>
    </message>
    <message>
        <source>Lower bound</source>
        <translation>Borne basse</translation>
    </message>
    <message>
        <source>The lowest score the scale allows</source>
        <translation>La note la plus basse que l’échelle admet</translation>
    </message>
    <message>
        <source>Upper bound</source>
        <translation>Borne haute</translation>
    </message>
    <message>
        <source>The highest score the scale allows</source>
        <translation>La note la plus haute que l’échelle admet</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Measurement</source>
        <translation>Mesure</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Sens</translation>
    </message>
    <message>
        <source>Whether a higher or a lower score is better</source>
        <translation>Si une note plus haute ou plus basse est meilleure</translation>
    </message>
    <message>
        <source>Higher is better</source>
        <translation>Plus haut est mieux</translation>
    </message>
    <message>
        <source>Lower is better</source>
        <translation>Plus bas est mieux</translation>
    </message>
    <message>
        <source>Scale type</source>
        <translation>Type d’échelle</translation>
    </message>
    <message>
        <source>A number between two bounds, or named levels</source>
        <translation>Un nombre entre deux bornes, ou des niveaux nommés</translation>
    </message>
    <message>
        <source>Numeric (a number between two bounds)</source>
        <translation>Numérique (un nombre entre deux bornes)</translation>
    </message>
    <message>
        <source>Qualitative (named levels)</source>
        <translation>Qualitative (niveaux nommés)</translation>
    </message>
    <message>
        <source>Scale &amp;type:</source>
        <translation>&amp;Type d’échelle :</translation>
    </message>
    <message>
        <source>D&amp;irection:</source>
        <translation>&amp;Sens :</translation>
    </message>
    <message>
        <source>Which direction applies</source>
        <translation>Quel sens s’applique</translation>
    </message>
    <message>
        <source>Says which scores count as better, and why</source>
        <translation>Indique quelles notes comptent comme meilleures, et pourquoi</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>&amp;Unité :</translation>
    </message>
    <message>
        <source>&amp;Lower bound:</source>
        <translation>Borne &amp;basse :</translation>
    </message>
    <message>
        <source>U&amp;pper bound:</source>
        <translation>Borne &amp;haute :</translation>
    </message>
    <message>
        <source>Poor</source>
        <translation>Faible</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Bon</translation>
    </message>
    <message>
        <source>%1: “%2” is ambiguous: a comma followed by three digits may separate thousands or mark decimals. Type it without the comma, or with a decimal point.</source>
        <translation>%1 : « %2 » est ambigu : une virgule suivie de trois chiffres peut séparer les milliers ou marquer les décimales. Saisissez-le sans la virgule, ou avec un point décimal.</translation>
    </message>
    <message>
        <source>%1: enter a number.</source>
        <translation>%1 : saisissez un nombre.</translation>
    </message>
    <message>
        <source>Lower bound: must be below the upper bound (%1 is not below %2).</source>
        <translation>Borne basse : doit être inférieure à la borne haute (%1 n’est pas inférieur à %2).</translation>
    </message>
    <message>
        <source>Scale: %1</source>
        <translation>Échelle : %1</translation>
    </message>
    <message>
        <source>Level %1: the label is empty.</source>
        <translation>Niveau %1 : le libellé est vide.</translation>
    </message>
    <message>
        <source>Level %1 (%2): the value must be a number from 0 to 100.</source>
        <translation>Niveau %1 (%2) : la valeur doit être un nombre de 0 à 100.</translation>
    </message>
    <message>
        <source>Levels: %1</source>
        <translation>Niveaux : %1</translation>
    </message>
    <message>
        <source>Name: must not be empty.</source>
        <translation>Nom : ne doit pas être vide.</translation>
    </message>
    <message>
        <source>The piecewise value function decides what is better: it rises from %1 at %2 to %3 at %4, so higher scores are better. Direction follows it.</source>
        <translation>La fonction de valeur par morceaux décide de ce qui est meilleur : elle monte de %1 à %2 jusqu’à %3 à %4, donc les notes plus hautes sont meilleures. Le sens la suit.</translation>
    </message>
    <message>
        <source>The piecewise value function decides what is better: it falls from %1 at %2 to %3 at %4, so lower scores are better. Direction follows it.</source>
        <translation>La fonction de valeur par morceaux décide de ce qui est meilleur : elle descend de %1 à %2 jusqu’à %3 à %4, donc les notes plus basses sont meilleures. Le sens la suit.</translation>
    </message>
    <message>
        <source>The piecewise value function decides what is better: its best value (%5) is at %6, not at either end, so Direction is not used by it.</source>
        <translation>La fonction de valeur par morceaux décide de ce qui est meilleur : sa meilleure valeur (%5) est à %6, à aucune des deux extrémités, donc elle n’utilise pas le sens.</translation>
    </message>
    <message>
        <source>Remove every breakpoint to use a straight line in the direction you choose.</source>
        <translation>Retirez tous les points pour utiliser une droite dans le sens de votre choix.</translation>
    </message>
    <message>
        <source>Straight line between the bounds: higher scores are better.</source>
        <translation>Droite entre les bornes : les notes plus hautes sont meilleures.</translation>
    </message>
    <message>
        <source>Straight line between the bounds: lower scores are better.</source>
        <translation>Droite entre les bornes : les notes plus basses sont meilleures.</translation>
    </message>
    <message>
        <source>Straight line between the bounds: a score of %1 is best (value 100) and %2 worst (value 0), so higher scores are better.</source>
        <translation>Droite entre les bornes : une note de %1 est la meilleure (valeur 100) et %2 la pire (valeur 0), donc les notes plus hautes sont meilleures.</translation>
    </message>
    <message>
        <source>Straight line between the bounds: a score of %1 is best (value 100) and %2 worst (value 0), so lower scores are better.</source>
        <translation>Droite entre les bornes : une note de %1 est la meilleure (valeur 100) et %2 la pire (valeur 0), donc les notes plus basses sont meilleures.</translation>
    </message>
    <message>
        <source>Each level carries its own value (100 best, 0 worst), so Direction does not apply.</source>
        <translation>Chaque niveau porte sa propre valeur (100 la meilleure, 0 la pire) : le sens ne s’applique donc pas.</translation>
    </message>
    <message>
        <source>Value function breakpoints</source>
        <translation>Points de la fonction de valeur</translation>
    </message>
    <message>
        <source>Piecewise value function: one row per point, a score and its value from 0 (worst) to 100 (best); empty means a straight line between the bounds</source>
        <translation>Fonction de valeur par morceaux : une ligne par point, une note et sa valeur de 0 (pire) à 100 (meilleure) ; vide signifie une droite entre les bornes</translation>
    </message>
    <message>
        <source>Add &amp;breakpoint</source>
        <translation>Ajouter un &amp;point</translation>
    </message>
    <message>
        <source>Re&amp;move breakpoint</source>
        <translation>&amp;Retirer le point</translation>
    </message>
    <message>
        <source>Changes the value function&apos;s breakpoints above</source>
        <translation>Modifie les points de la fonction de valeur ci-dessus</translation>
    </message>
    <message>
        <source>&amp;Value function:</source>
        <translation>&amp;Fonction de valeur :</translation>
    </message>
    <message>
        <source>Score (%1)</source>
        <translation>Note (%1)</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Value (0-100)</source>
        <translation>Valeur (0-100)</translation>
    </message>
    <message>
        <source>Straight lines between these points; the end points follow the bounds.</source>
        <translation>Des droites relient ces points ; les points extrêmes suivent les bornes.</translation>
    </message>
    <message>
        <source>No breakpoints: a straight line between the bounds.</source>
        <translation>Aucun point : une droite entre les bornes.</translation>
    </message>
    <message>
        <source>Breakpoint %1</source>
        <translation>Point %1</translation>
    </message>
    <message>
        <source>%1: enter the score.</source>
        <translation>%1 : saisissez la note.</translation>
    </message>
    <message>
        <source>%1: the score %2 is already used by breakpoint %3; each score needs its own row.</source>
        <translation>%1 : la note %2 est déjà utilisée par le point %3 ; chaque note doit avoir sa propre ligne.</translation>
    </message>
    <message>
        <source>%1: the score %2 is outside the scale (%3 to %4).</source>
        <translation>%1 : la note %2 est hors de l’échelle (%3 à %4).</translation>
    </message>
    <message>
        <source>%1: the value must be a number from 0 to 100.</source>
        <translation>%1 : la valeur doit être un nombre de 0 à 100.</translation>
    </message>
    <message>
        <source>Value function: a piecewise function needs at least two breakpoints, one at each bound; remove the last one for a straight line.</source>
        <translation>Fonction de valeur : une fonction par morceaux demande au moins deux points, un à chaque borne ; retirez le dernier pour avoir une droite.</translation>
    </message>
    <message>
        <source>Breakpoint %1: the lowest score (%2) must be at the lower bound (%3), so the function covers the whole scale.</source>
        <translation>Point %1 : la note la plus basse (%2) doit être à la borne basse (%3), pour que la fonction couvre toute l’échelle.</translation>
    </message>
    <message>
        <source>Breakpoint %1: the highest score (%2) must be at the upper bound (%3), so the function covers the whole scale.</source>
        <translation>Point %1 : la note la plus haute (%2) doit être à la borne haute (%3), pour que la fonction couvre toute l’échelle.</translation>
    </message>
    <message>
        <source>One row per level. Value: 0 (worst) to 100 (best).</source>
        <translation>Une ligne par niveau. Valeur : de 0 (pire) à 100 (meilleure).</translation>
    </message>
    <message>
        <source>Levels</source>
        <translation>Niveaux</translation>
    </message>
    <message>
        <source>Columns: label, what the level means, value from 0 to 100</source>
        <translation>Colonnes : libellé, ce que signifie le niveau, valeur de 0 à 100</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <source>Descriptor</source>
        <translation>Signification</translation>
    </message>
    <message>
        <source>&amp;Add level</source>
        <translation>&amp;Ajouter un niveau</translation>
    </message>
    <message>
        <source>&amp;Remove level</source>
        <translation>Retirer le ni&amp;veau</translation>
    </message>
    <message>
        <source>Move u&amp;p</source>
        <translation>&amp;Monter</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Desc&amp;endre</translation>
    </message>
    <message>
        <source>Changes the list of levels above</source>
        <translation>Modifie la liste des niveaux ci-dessus</translation>
    </message>
    <message>
        <source>Level %1</source>
        <translation>Niveau %1</translation>
    </message>
</context>
<context>
    <name>DamagedSnapshot</name>
    <message>
        <source>The snapshot “%1”, taken %2, cannot be used: its stored copy of the decision is damaged (%3). Nothing you have entered is lost: the project itself is not affected and everything else keeps working.</source>
        <translation>L’instantané « %1 », pris %2, ne peut pas être utilisé : sa copie enregistrée de la décision est endommagée (%3). Rien de ce que vous avez saisi n’est perdu : le projet lui-même n’est pas touché et tout le reste fonctionne.</translation>
    </message>
    <message>
        <source>Damaged snapshot</source>
        <translation>Instantané endommagé</translation>
    </message>
    <message>
        <source>The copy was changed after the snapshot was taken (the file may have been damaged, or changed by another program), so Counterweight cannot compare with it or export it.</source>
        <translation>La copie a été modifiée après la prise de l’instantané (le fichier a pu être endommagé, ou modifié par un autre programme) : Counterweight ne peut donc ni comparer avec elle ni l’exporter.</translation>
    </message>
    <message>
        <source>To get it back, restore an automatic backup made before it was damaged (File &gt; Restore from backup…): the current file is kept beside it.</source>
        <translation>Pour la récupérer, restaurez une sauvegarde automatique faite avant le dommage (Fichier &gt; Restaurer une sauvegarde…) : le fichier actuel est gardé à côté.</translation>
    </message>
    <message>
        <source>Or delete the snapshot so this message does not come back (Undo puts it back).</source>
        <translation>Ou supprimez l’instantané pour que ce message ne revienne pas (Annuler le remet).</translation>
    </message>
    <message>
        <source>The project is open read-only: open it for editing to delete the snapshot.</source>
        <translation>Le projet est ouvert en lecture seule : ouvrez-le en modification pour supprimer l’instantané.</translation>
    </message>
    <message>
        <source>Restore from backup…</source>
        <translation>Restaurer une sauvegarde…</translation>
    </message>
    <message>
        <source>Delete snapshot</source>
        <translation>Supprimer l’instantané</translation>
    </message>
</context>
<context>
    <name>DecisionDetailsDialog</name>
    <message>
        <source>Decision details</source>
        <translation>Détails de la décision</translation>
    </message>
    <message>
        <source>e.g. The scores are illustrative, not an assessment</source>
        <translation>p. ex. Les notes sont indicatives, ce n’est pas une évaluation</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre :</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>The decision&apos;s name, shown in the window title and on the brief (required, up to %1 characters)</source>
        <translation>Le nom de la décision, affiché dans le titre de la fenêtre et sur la note de synthèse (obligatoire, %1 caractères au plus)</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Description :</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>What is being decided and why (optional, up to %1 characters)</source>
        <translation>Ce qui est décidé et pourquoi (facultatif, %1 caractères au plus)</translation>
    </message>
    <message>
        <source>&amp;Notice:</source>
        <translation>&amp;Avis :</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Avis</translation>
    </message>
    <message>
        <source>Shown as a banner across the top of the window; leave empty for no banner (up to %1 characters)</source>
        <translation>Affiché dans un bandeau en haut de la fenêtre ; laissez vide pour ne pas avoir de bandeau (%1 caractères au plus)</translation>
    </message>
    <message>
        <source>The decision needs a title.</source>
        <translation>La décision doit avoir un titre.</translation>
    </message>
    <message>
        <source>The title is %1 characters long; the most is %2.</source>
        <translation>Le titre compte %1 caractères ; le maximum est %2.</translation>
    </message>
    <message>
        <source>This is %1 characters long; the most is %2.</source>
        <translation>Ce texte compte %1 caractères ; le maximum est %2.</translation>
    </message>
    <message>
        <source>Edit decision details</source>
        <translation>Modifier les détails de la décision</translation>
    </message>
</context>
<context>
    <name>DisagreementPanel</name>
    <message>
        <source>Disagreement</source>
        <translation>Désaccord</translation>
    </message>
    <message>
        <source>Disagreement summary</source>
        <translation>Résumé du désaccord</translation>
    </message>
    <message>
        <source>Whether one analyst&apos;s inputs would change the top option</source>
        <translation>Si les saisies d’un analyste changeraient l’option en tête</translation>
    </message>
    <message>
        <source>Each analyst&apos;s top option</source>
        <translation>L’option en tête de chaque analyste</translation>
    </message>
    <message>
        <source>Spread of the scores, option by criterion</source>
        <translation>Dispersion des notes, option par critère</translation>
    </message>
    <message>
        <source>Spread of the weights</source>
        <translation>Dispersion des poids</translation>
    </message>
    <message>
        <source>The option each analyst&apos;s view puts first</source>
        <translation>L’option que la vue de chaque analyste met en tête</translation>
    </message>
    <message>
        <source>Coefficient of variation of each score across analysts</source>
        <translation>Coefficient de variation de chaque note entre analystes</translation>
    </message>
    <message>
        <source>Each analyst&apos;s weight for a criterion, as a share of its group</source>
        <translation>Le poids donné par chaque analyste à un critère, en part de son groupe</translation>
    </message>
    <message>
        <source>Disagreements that change the top option</source>
        <translation>Désaccords qui changent l’option en tête</translation>
    </message>
    <message>
        <source>Each single value from one analyst that would put another option first</source>
        <translation>Chaque valeur isolée d’un analyste qui mettrait une autre option en tête</translation>
    </message>
    <message>
        <source>Top option per analyst</source>
        <translation>Option en tête par analyste</translation>
    </message>
    <message>
        <source>Scores: coefficient of variation across analysts</source>
        <translation>Notes : coefficient de variation entre analystes</translation>
    </message>
    <message>
        <source>Weights: share of their group (%)</source>
        <translation>Poids : part de leur groupe (%)</translation>
    </message>
    <message>
        <source>How far the analysts&apos; scores and weights differ</source>
        <translation>L’écart entre les notes et les poids des analystes</translation>
    </message>
    <message>
        <source>Updating: starting again with the latest change…</source>
        <translation>Mise à jour : reprise avec la dernière modification…</translation>
    </message>
    <message>
        <source>the disagreement analysis</source>
        <translation>l’analyse des désaccords</translation>
    </message>
    <message>
        <source>Updating…</source>
        <translation>Mise à jour…</translation>
    </message>
    <message>
        <source>The results below are from before the last change.</source>
        <translation>Les résultats ci-dessous datent d’avant la dernière modification.</translation>
    </message>
    <message>
        <source>Disagreement updated: {0}</source>
        <translation>Désaccords mis à jour : {0}</translation>
    </message>
    <message>
        <source>No analysts are named in this project yet. Add them under Edit &gt; Analysts… and give them their own scores or weights.</source>
        <translation>Aucun analyste n’est encore nommé dans ce projet. Ajoutez-en sous Édition &gt; Analystes… et donnez-leur leurs propres notes ou poids.</translation>
    </message>
    <message>
        <source>The disagreement cannot be worked out: {0}</source>
        <translation>Le désaccord ne peut pas être calculé : {0}</translation>
    </message>
    <message>
        <source>None: no single value from one analyst changes the top option.</source>
        <translation>Aucun : aucune valeur isolée d’un analyste ne change l’option en tête.</translation>
    </message>
    <message>
        <source>No single analyst&apos;s inputs change the top option</source>
        <translation>Les saisies d’aucun analyste ne changent à elles seules l’option en tête</translation>
    </message>
    <message>
        <source>The top option would change under {0}&apos;s inputs.</source>
        <translation>L’option en tête changerait avec les saisies de {0}.</translation>
    </message>
    <message>
        <source>The top option would change under {0}&apos;s inputs, which are the shared inputs.</source>
        <translation>L’option en tête changerait avec les données de {0}, qui sont les données communes.</translation>
    </message>
    <message>
        <source>Analyst</source>
        <translation>Analyste</translation>
    </message>
    <message>
        <source>Top option</source>
        <translation>Option en tête</translation>
    </message>
    <message>
        <source>Group view</source>
        <translation>Vue de groupe</translation>
    </message>
    <message>
        <source>Shared inputs</source>
        <translation>Données communes</translation>
    </message>
    <message>
        <source>(differs from the group)</source>
        <translation>(diffère du groupe)</translation>
    </message>
    <message>
        <source>range {0}</source>
        <translation>étendue {0}</translation>
    </message>
    <message>
        <source>Fewer than two analysts scored this cell.</source>
        <translation>Moins de deux analystes ont noté cette cellule.</translation>
    </message>
    <message>
        <source> (shared: no score of their own)</source>
        <translation> (commune : pas de note propre)</translation>
    </message>
    <message>
        <source>Range: {0}</source>
        <translation>Étendue : {0}</translation>
    </message>
    <message>
        <source>The scores differ around an average of 0, so the coefficient of variation cannot be worked out; the range is shown instead.</source>
        <translation>Les notes varient autour d’une moyenne de 0 : le coefficient de variation ne peut pas être calculé ; l’étendue est affichée à la place.</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Critère</translation>
    </message>
    <message>
        <source>Range</source>
        <translation>Étendue</translation>
    </message>
    <message>
        <source>CV</source>
        <translation>CV</translation>
    </message>
    <message>
        <source>— (no judgements of their own yet)</source>
        <translation>— (pas encore de jugements propres)</translation>
    </message>
    <message>
        <source>(the shared inputs: no judgements of their own yet)</source>
        <translation>(les données communes : pas encore de jugements propres)</translation>
    </message>
    <message>
        <source>No analyst has judgements of their own yet ({0}): each analyst&apos;s view is the shared inputs, so there is no disagreement to show. Choose an analyst under Whose judgements and give them their own scores or weights.</source>
        <translation>Aucun analyste n’a encore de jugements propres ({0}) : la vue de chaque analyste est celle des données communes, il n’y a donc aucun désaccord à montrer. Choisissez un analyste sous « À qui sont ces jugements » et donnez-lui ses propres notes ou pondérations.</translation>
    </message>
    <message>
        <source>No judgements of their own yet: {0}. The shared inputs stand in for them below.</source>
        <translation>Pas encore de jugements propres : {0}. Les données communes les remplacent ci-dessous.</translation>
    </message>
    <message>
        <source>The shared inputs</source>
        <translation>Les données communes</translation>
    </message>
    <message>
        <source>{0}&apos;s score of {1} on {2} ({3} instead of the group&apos;s {4}) makes {5} the top option.</source>
        <translation>La note de {0} pour {1} sur {2} ({3} au lieu de {4} pour le groupe) met {5} en tête.</translation>
    </message>
    <message>
        <source>{0}&apos;s weights of {1} and {2} ({3} / {4} % instead of the group&apos;s {5} / {6} %) make {7} the top option.</source>
        <translation>Les poids de {1} et {2} selon {0} ({3} / {4} % au lieu de {5} / {6} % pour le groupe) mettent {7} en tête.</translation>
    </message>
    <message>
        <source>{0}&apos;s weight of {1} ({2} % of its group instead of the group&apos;s {3} %) makes {4} the top option.</source>
        <translation>Le poids de {0} pour {1} ({2} % de son groupe au lieu de {3} % pour le groupe) met {4} en tête.</translation>
    </message>
</context>
<context>
    <name>EditCommand</name>
    <message>
        <source>Set {0}&apos;s score of {1}</source>
        <translation>Saisir la note de {0} pour {1}</translation>
    </message>
    <message>
        <source>Change {0}&apos;s weight of {1}</source>
        <translation>Changer le poids de {1} selon {0}</translation>
    </message>
    <message>
        <source>the top level</source>
        <translation>le premier niveau</translation>
    </message>
    <message>
        <source>Set {0}&apos;s weight judgements under {1}</source>
        <translation>Saisir les jugements de poids de {0} sous {1}</translation>
    </message>
</context>
<context>
    <name>EngineText</name>
    <message>
        <source>With {n} criteria the random index comes from Saaty&apos;s later table (Saaty 2005): the 1980 table stops at {last}.</source>
        <translation>Avec {n} critères, l’indice aléatoire vient de la table plus récente de Saaty (Saaty 2005) : la table de 1980 s’arrête à {last}.</translation>
    </message>
    <message>
        <source>The pairwise judgements are inconsistent: CR {cr:.3f} is above {limit:.2f}. The judgement that fits the others least is {first} vs {second} ({value}; about {suggestion} would fit).</source>
        <translation>Les jugements par paires sont incohérents : le RC {cr:.3f} dépasse {limit:.2f}. Le jugement le moins en accord avec les autres est {first} / {second} ({value} ; environ {suggestion} conviendrait).</translation>
    </message>
    <message>
        <source>&apos;{option}&apos; is dominated by &apos;{other}&apos; on the rated values: &apos;{other}&apos; is at least as good on every criterion and better on {criteria}, so at those values no choice of weights ranks &apos;{option}&apos; above it. {ranges}</source>
        <translation>« {option} » est dominée par « {other} » selon les notes données : « {other} » est au moins aussi bonne sur chaque critère et meilleure sur {criteria}, donc avec ces notes aucun choix de poids ne classe « {option} » devant elle. {ranges}</translation>
    </message>
    <message>
        <source>&apos;{option}&apos; is dominated by &apos;{other}&apos;: &apos;{other}&apos; is at least as good on every criterion and better on {criteria}, so no choice of weights ranks &apos;{option}&apos; above it.</source>
        <translation>« {option} » est dominée par « {other} » : « {other} » est au moins aussi bonne sur chaque critère et meilleure sur {criteria}, donc aucun choix de poids ne classe « {option} » devant elle.</translation>
    </message>
    <message>
        <source>&apos;{option}&apos; is dominated by {others} on the rated values: each is at least as good on every criterion and better on at least one, so at those values no choice of weights ranks &apos;{option}&apos; above any of them. {ranges}</source>
        <translation>« {option} » est dominée par {others} selon les notes données : chacune est au moins aussi bonne sur chaque critère et meilleure sur au moins un, donc avec ces notes aucun choix de poids ne classe « {option} » devant l’une d’elles. {ranges}</translation>
    </message>
    <message>
        <source>&apos;{option}&apos; is dominated by {others}: each is at least as good on every criterion and better on at least one, so no choice of weights ranks &apos;{option}&apos; above any of them.</source>
        <translation>« {option} » est dominée par {others} : chacune est au moins aussi bonne sur chaque critère et meilleure sur au moins un, donc aucun choix de poids ne classe « {option} » devant l’une d’elles.</translation>
    </message>
    <message>
        <source>Across their score ranges (the worst end of each range against the best end for &apos;{option}&apos;) it holds for {held} but may not for {rest}.</source>
        <translation>Sur l’étendue de leurs plages de notes (la pire borne de chaque plage face à la meilleure borne pour « {option} »), cela vaut pour {held} mais peut ne pas valoir pour {rest}.</translation>
    </message>
    <message>
        <source>On &apos;{criterion}&apos; {who} has the same score, so it cannot tell the options apart: {effect}. Moving its weight only moves weight to or from the criteria beside it, so its sensitivity thresholds say how far those criteria can lose or gain weight, not how much &apos;{criterion}&apos; matters.</source>
        <translation>Sur « {criterion} », {who} a la même note, si bien que ce critère ne peut pas distinguer les options : {effect}. Déplacer son poids ne fait que déplacer du poids vers les critères voisins ou depuis eux ; ses seuils de sensibilité disent donc jusqu’où ces critères peuvent perdre ou gagner du poids, et non à quel point « {criterion} » compte.</translation>
    </message>
    <message>
        <source>On &apos;{criterion}&apos; {who} has the value 0, so under the weighted product every option&apos;s score is 0 and the options tie whatever their other scores. A weight of 0 on &apos;{criterion}&apos;, or a normalisation, value function or levels that do not give its scores the value 0, lets the other criteria decide.</source>
        <translation>Sur « {criterion} », {who} a la valeur 0 : avec le produit pondéré, le score de chaque option vaut donc 0 et les options sont à égalité quelles que soient leurs autres notes. Un poids de 0 sur « {criterion} », ou une normalisation, une fonction de valeur ou des niveaux qui ne donnent pas la valeur 0 à ses notes, laisse les autres critères décider.</translation>
    </message>
    <message>
        <source>This holds across their score ranges too: at the worst end of every range, &apos;{other}&apos; is still at least as good as &apos;{option}&apos; at the best end.</source>
        <translation>Cela vaut aussi sur toute l’étendue de leurs plages de notes : à la pire borne de chaque plage, « {other} » reste au moins aussi bonne que « {option} » à sa meilleure borne.</translation>
    </message>
    <message>
        <source>This holds across their score ranges too: at the worst end of every range, each is still at least as good as &apos;{option}&apos; at the best end.</source>
        <translation>Cela vaut aussi sur toute l’étendue de leurs plages de notes : à la pire borne de chaque plage, chacune reste au moins aussi bonne que « {option} » à sa meilleure borne.</translation>
    </message>
    <message>
        <source>Within their score ranges it may not hold for any of them: each has a range whose worst end is worse than the best end for &apos;{option}&apos;.</source>
        <translation>Dans leurs plages de notes, cela peut ne valoir pour aucune d’elles : chacune a une plage dont la pire borne est moins bonne que la meilleure borne pour « {option} ».</translation>
    </message>
    <message>
        <source>Within their score ranges it may not hold: on {criteria} the ranges overlap (the worst end for &apos;{other}&apos; is worse than the best end for &apos;{option}&apos;).</source>
        <translation>Dans leurs plages de notes, cela peut ne pas valoir : sur {criteria}, les plages se chevauchent (la pire borne pour « {other} » est moins bonne que la meilleure borne pour « {option} »).</translation>
    </message>
    <message>
        <source>every option</source>
        <translation>chaque option</translation>
    </message>
    <message>
        <source>every option in the ranking</source>
        <translation>chaque option du classement</translation>
    </message>
    <message>
        <source>it adds nothing to the differences between them under {method}</source>
        <translation>il n’ajoute rien aux écarts entre elles selon {method}</translation>
    </message>
    <message>
        <source>it adds the same amount to every option&apos;s total</source>
        <translation>il ajoute la même quantité au total de chaque option</translation>
    </message>
    <message>
        <source>it multiplies every option&apos;s score by the same factor</source>
        <translation>il multiplie la note de chaque option par le même facteur</translation>
    </message>
    <message>
        <source>it is treated as the worst possible score (value 0)</source>
        <translation>elle est traitée comme la pire note possible (valeur 0)</translation>
    </message>
    <message>
        <source>{method} cannot place the option, so it is listed after the ranked options without a rank</source>
        <translation>{method} ne peut pas placer l’option : elle est listée après les options classées, sans rang</translation>
    </message>
    <message>
        <source>this does not affect the {method} result (the criterion carries no weight or has no scores)</source>
        <translation>cela n’affecte pas le résultat de {method} (le critère n’a pas de poids ou n’a aucune note)</translation>
    </message>
    <message>
        <source>&apos;{option}&apos; has only a range, no central value, on &apos;{criterion}&apos;; {consequence}.</source>
        <translation>« {option} » n’a qu’une plage, sans valeur centrale, sur « {criterion} » ; {consequence}.</translation>
    </message>
    <message>
        <source>&apos;{option}&apos; has no score on &apos;{criterion}&apos;; {consequence}.</source>
        <translation>« {option} » n’a pas de note sur « {criterion} » ; {consequence}.</translation>
    </message>
    <message>
        <source>The decision has no options to compare yet.</source>
        <translation>La décision n’a encore aucune option à comparer.</translation>
    </message>
    <message>
        <source>The decision has no scored criteria yet, so every option scores 0.</source>
        <translation>La décision n’a encore aucun critère noté : chaque option obtient 0.</translation>
    </message>
    <message>
        <source>Every option is excluded by a red line, so no option is ranked.</source>
        <translation>Chaque option est exclue par une ligne rouge : aucune option n’est classée.</translation>
    </message>
    <message>
        <source>The decision has no options to rank.</source>
        <translation>La décision n’a aucune option à classer.</translation>
    </message>
    <message>
        <source>The method cannot place any option (each misses a score on a weighted criterion), so none is ranked.</source>
        <translation>La méthode ne peut placer aucune option (il manque à chacune une note sur un critère pondéré) : aucune n’est classée.</translation>
    </message>
    <message>
        <source>No option is ranked: the red lines exclude some and the method cannot place the others (each misses a score on a weighted criterion).</source>
        <translation>Aucune option n’est classée : les lignes rouges en excluent certaines et la méthode ne peut pas placer les autres (il manque à chacune une note sur un critère pondéré).</translation>
    </message>
    <message>
        <source>Fewer than two options: nothing can change places.</source>
        <translation>Moins de deux options : rien ne peut changer de place.</translation>
    </message>
    <message>
        <source>No option has a score yet, so every option scores 0.</source>
        <translation>Aucune option n’a encore de note : chaque option obtient 0.</translation>
    </message>
    <message>
        <source>Score changes were not searched: {n} scores is more than {limit}; exact distances are available for the weighted sum with value functions.</source>
        <translation>Les changements de note n’ont pas été recherchés : {n} notes, c’est plus que {limit} ; les distances exactes sont disponibles pour la somme pondérée avec fonctions de valeur.</translation>
    </message>
    <message>
        <source>No option has a score on &apos;{criterion}&apos;, so {method} leaves it out and its weight is shared among the other criteria.</source>
        <translation>Aucune option n’a de note sur « {criterion} » : {method} l’écarte et son poids est réparti entre les autres critères.</translation>
    </message>
    <message>
        <source>Only one option can be ranked, so {method} has nothing to compare it with.</source>
        <translation>Une seule option peut être classée : {method} n’a rien à quoi la comparer.</translation>
    </message>
    <message>
        <source>&apos;{option}&apos; has value 0 on {criteria}. Under the weighted product a single 0 makes the overall score 0 whatever the other scores; the &apos;ratio to best&apos; normalisation avoids this for criteria measured from a true zero.</source>
        <translation>« {option} » a la valeur 0 sur {criteria}. Avec le produit pondéré, un seul 0 ramène la note globale à 0 quelles que soient les autres notes ; la normalisation « rapport au meilleur » l’évite pour les critères mesurés à partir d’un vrai zéro.</translation>
    </message>
    <message>
        <source>&apos;{criterion}&apos; has negative scores; vector normalisation assumes scores measured from a true zero, so TOPSIS&apos;s result depends on where zero lies. Min-max normalisation does not.</source>
        <translation>« {criterion} » a des notes négatives ; la normalisation vectorielle suppose des notes mesurées à partir d’un vrai zéro, donc le résultat de TOPSIS dépend de la place du zéro. La normalisation min-max n’en dépend pas.</translation>
    </message>
    <message>
        <source>Every ranked option has the same score on &apos;{criterion}&apos;, so it cannot separate them.</source>
        <translation>Toutes les options classées ont la même note sur « {criterion} » : ce critère ne peut pas les départager.</translation>
    </message>
    <message>
        <source>TOPSIS cannot separate the options: they coincide with both the ideal and the anti-ideal (no weighted criterion differs between them), so each gets closeness 0.5.</source>
        <translation>TOPSIS ne peut pas départager les options : elles coïncident à la fois avec l’idéal et l’anti-idéal (aucun critère pondéré ne les distingue), chacune reçoit donc une proximité de 0,5.</translation>
    </message>
    <message>
        <source>The PROMETHEE settings mention criterion &apos;{criterion}&apos;, which is not a scored criterion; that setting is ignored.</source>
        <translation>Les paramètres PROMETHEE mentionnent le critère « {criterion} », qui n’est pas un critère noté ; ce paramètre est ignoré.</translation>
    </message>
    <message>
        <source>On &apos;{criterion}&apos; no two options differ by more than the indifference threshold q = {q:g}, so the criterion has no effect on the PROMETHEE ranking.</source>
        <translation>Sur « {criterion} », aucune paire d’options ne diffère de plus que le seuil d’indifférence q = {q:g} : le critère n’a aucun effet sur le classement PROMETHEE.</translation>
    </message>
    <message>
        <source>Every ranked option has the same score on &apos;{criterion}&apos; (best = worst), so VIKOR counts no regret on it for anyone.</source>
        <translation>Toutes les options classées ont la même note sur « {criterion} » (meilleure = pire) : VIKOR n’y compte aucun regret pour personne.</translation>
    </message>
    <message>
        <source>group utility S</source>
        <translation>l’utilité de groupe S</translation>
    </message>
    <message>
        <source>individual regret R</source>
        <translation>le regret individuel R</translation>
    </message>
    <message>
        <source>Every option has the same {what}, so that part of Q does not separate them.</source>
        <translation>Toutes les options ont la même valeur pour {what} : cette partie de Q ne les départage pas.</translation>
    </message>
    <message>
        <source>VIKOR proposes {option} as the compromise solution: it leads on Q by at least DQ = {dq:.3g} and is also best on group utility S or individual regret R.</source>
        <translation>VIKOR propose {option} comme solution de compromis : elle mène sur Q d’au moins DQ = {dq:.3g} et est aussi la meilleure pour l’utilité de groupe S ou le regret individuel R.</translation>
    </message>
    <message>
        <source>{first} and {second}</source>
        <translation>{first} et {second}</translation>
    </message>
    <message>
        <source>VIKOR proposes {options} together as compromise solutions: {option} leads on Q by enough, but is not also best on group utility S or individual regret R.</source>
        <translation>VIKOR propose {options} ensemble comme solutions de compromis : {option} mène sur Q avec assez d’avance, mais n’est pas aussi la meilleure pour l’utilité de groupe S ou le regret individuel R.</translation>
    </message>
    <message>
        <source>VIKOR proposes a compromise set of {n} options ({options}): they lie within DQ = {dq:.3g} of the best Q, so no single option leads by enough.</source>
        <translation>VIKOR propose un ensemble de compromis de {n} options ({options}) : elles sont à moins de DQ = {dq:.3g} du meilleur Q, aucune option ne mène donc avec assez d’avance.</translation>
    </message>
    <message>
        <source>No option has a score on {criterion}, so every option gets the worst value (0) on it.</source>
        <translation>Aucune option n’a de note sur {criterion} : chaque option y reçoit la pire valeur (0).</translation>
    </message>
    <message>
        <source>Every option has the same score on {criterion}, so it cannot tell the options apart; each option gets the full value (1) on it.</source>
        <translation>Toutes les options ont la même note sur {criterion}, qui ne peut donc pas les distinguer ; chaque option y reçoit la valeur pleine (1).</translation>
    </message>
    <message>
        <source>{criterion} {reason}, which the &apos;{method}&apos; normalisation cannot handle; min-max normalisation was used for this criterion instead.</source>
        <translation>{criterion} {reason}, ce que la normalisation « {method} » ne sait pas traiter ; la normalisation min-max a été utilisée à la place pour ce critère.</translation>
    </message>
    <message>
        <source>has a negative score ({low:g})</source>
        <translation>a une note négative ({low:g})</translation>
    </message>
    <message>
        <source>has only zero scores</source>
        <translation>n’a que des notes nulles</translation>
    </message>
    <message>
        <source>has a score of zero</source>
        <translation>a une note de zéro</translation>
    </message>
    <message>
        <source>it is excluded from the ranking</source>
        <translation>elle est exclue du classement</translation>
    </message>
    <message>
        <source>it is flagged beside the ranking</source>
        <translation>elle est signalée à côté du classement</translation>
    </message>
    <message>
        <source> Reason for this red line: {note}.</source>
        <translation> Raison de cette ligne rouge : {note}.</translation>
    </message>
    <message>
        <source>&apos;{option}&apos; is rated &apos;{level}&apos; on &apos;{criterion}&apos;, worse than the red-line level &apos;{limit}&apos;; {consequence}.{note}</source>
        <translation>« {option} » est au niveau « {level} » sur « {criterion} », pire que le niveau de la ligne rouge « {limit} » ; {consequence}.{note}</translation>
    </message>
    <message>
        <source>&apos;{option}&apos; scores {score} on &apos;{criterion}&apos;, within the red line of {limit}, but the low end of its range ({end}) would breach it.</source>
        <translation>« {option} » obtient {score} sur « {criterion} », en deçà de la ligne rouge de {limit}, mais la borne basse de sa plage ({end}) la franchirait.</translation>
    </message>
    <message>
        <source>&apos;{option}&apos; scores {score} on &apos;{criterion}&apos;, within the red line of {limit}, but the high end of its range ({end}) would breach it.</source>
        <translation>« {option} » obtient {score} sur « {criterion} », en deçà de la ligne rouge de {limit}, mais la borne haute de sa plage ({end}) la franchirait.</translation>
    </message>
    <message>
        <source>&apos;{option}&apos; scores {score} on &apos;{criterion}&apos;, below the red line of {limit} ({direction}); {consequence}.{note}</source>
        <translation>« {option} » obtient {score} sur « {criterion} », sous la ligne rouge de {limit} ({direction}) ; {consequence}.{note}</translation>
    </message>
    <message>
        <source>&apos;{option}&apos; scores {score} on &apos;{criterion}&apos;, above the red line of {limit} ({direction}); {consequence}.{note}</source>
        <translation>« {option} » obtient {score} sur « {criterion} », au-dessus de la ligne rouge de {limit} ({direction}) ; {consequence}.{note}</translation>
    </message>
    <message>
        <source>&apos;{option}&apos; has no central score on &apos;{criterion}&apos;, so its red line cannot be checked; the option is not treated as breaching it.</source>
        <translation>« {option} » n’a pas de note centrale sur « {criterion} » : sa ligne rouge ne peut pas être vérifiée ; l’option n’est pas considérée comme la franchissant.</translation>
    </message>
    <message>
        <source>Every option is excluded by a red line, so the sensitivity analysis has nothing to rank; there is no top option to test.</source>
        <translation>Chaque option est exclue par une ligne rouge : l’analyse de sensibilité n’a rien à classer ; il n’y a pas d’option en tête à tester.</translation>
    </message>
    <message>
        <source>{why} There is no top option to test.</source>
        <translation>{why} Il n’y a pas d’option en tête à tester.</translation>
    </message>
    <message>
        <source>Score ranges were widened for lack of evidence (1 score): by 20 % of the scale on each side with no evidence, 10 % with only weak evidence.</source>
        <translation>Des plages de notes ont été élargies faute de preuves (1 note) : de 20 % de l’échelle de chaque côté sans preuve, de 10 % avec des preuves seulement faibles.</translation>
    </message>
    <message>
        <source>Score ranges were widened for lack of evidence ({n:,} scores): by 20 % of the scale on each side with no evidence, 10 % with only weak evidence.</source>
        <translation>Des plages de notes ont été élargies faute de preuves ({n:,} notes) : de 20 % de l’échelle de chaque côté sans preuve, de 10 % avec des preuves seulement faibles.</translation>
    </message>
    <message>
        <source>Every option is excluded by a red line, so the uncertainty analysis has nothing to rank; no draws were made.</source>
        <translation>Chaque option est exclue par une ligne rouge : l’analyse d’incertitude n’a rien à classer ; aucun tirage n’a été fait.</translation>
    </message>
    <message>
        <source>The decision has no options, so the uncertainty analysis has nothing to rank; no draws were made.</source>
        <translation>La décision n’a aucune option : l’analyse d’incertitude n’a rien à classer ; aucun tirage n’a été fait.</translation>
    </message>
    <message>
        <source>Only {percent:.2g}% of random weight sets fell inside the weight ranges; the ranges are narrow, so the run was slow and the weights barely vary.</source>
        <translation>Seuls {percent:.2g} % des jeux de poids aléatoires tombaient dans les plages de poids ; les plages sont étroites, le calcul a donc été lent et les poids varient à peine.</translation>
    </message>
    <message>
        <source>Score ranges are not used: the normalisation &apos;{normalization}&apos; depends on all options&apos; scores together; choose value functions to let scores vary.</source>
        <translation>Les plages de notes ne sont pas utilisées : la normalisation « {normalization} » dépend des notes de toutes les options ensemble ; choisissez les fonctions de valeur pour laisser varier les notes.</translation>
    </message>
    <message>
        <source>&apos;{option}&apos; has only a range on &apos;{criterion}&apos;: the ranking counts it as missing, the uncertainty analysis draws it from the range.</source>
        <translation>« {option} » n’a qu’une plage sur « {criterion} » : le classement la compte comme manquante, l’analyse d’incertitude la tire dans la plage.</translation>
    </message>
    <message>
        <source>No weight range is set for {criteria}; they may take any weight from 0 to 1.</source>
        <translation>Aucune plage de poids n’est définie pour {criteria} : ils peuvent prendre n’importe quel poids de 0 à 1.</translation>
    </message>
    <message>
        <source>Nothing varies: the weights are taken as exact and no score has a range, so every acceptability is 0 or 1.</source>
        <translation>Rien ne varie : les poids sont pris comme exacts et aucune note n’a de plage, chaque acceptabilité vaut donc 0 ou 1.</translation>
    </message>
    <message>
        <source>Level-rated scores are held as rated: the normalisation &apos;{normalization}&apos; depends on all options&apos; scores together; choose value functions to let them vary.</source>
        <translation>Les notes à niveaux restent telles que notées : la normalisation « {normalization} » dépend des notes de toutes les options ensemble ; choisissez les fonctions de valeur pour les laisser varier.</translation>
    </message>
    <message>
        <source>Nothing varies: the weights are taken as exact, no score has a range and no level-rated score is set to vary, so every acceptability is 0 or 1.</source>
        <translation>Rien ne varie : les poids sont pris comme exacts, aucune note n’a de plage et aucune note à niveaux n’est réglée pour varier, chaque acceptabilité vaut donc 0 ou 1.</translation>
    </message>
    <message>
        <source>The group it belongs to carries no weight, so its weight cannot change the result.</source>
        <translation>Le groupe auquel il appartient n’a pas de poids : son poids ne peut pas changer le résultat.</translation>
    </message>
    <message>
        <source>No criterion under it carries weight, so its weight cannot change the result.</source>
        <translation>Aucun critère sous lui n’a de poids : son poids ne peut pas changer le résultat.</translation>
    </message>
    <message>
        <source>It is the only criterion in its group that can carry weight; its local weight is always 100 %.</source>
        <translation>C’est le seul critère de son groupe qui peut avoir un poids ; son poids local est toujours de 100 %.</translation>
    </message>
    <message>
        <source>{criterion} has a swing rating of 0, so it gets no weight.</source>
        <translation>{criterion} a une note de swing de 0 : il ne reçoit aucun poids.</translation>
    </message>
    <message>
        <source>{criteria} share rank {rank}, so they share the weights of their positions equally.</source>
        <translation>{criteria} partagent le rang {rank} : ils se partagent à parts égales les poids de leurs positions.</translation>
    </message>
    <message>
        <source>The group &apos;{group}&apos; has no scored criteria under it, so it contributes nothing.</source>
        <translation>Le groupe « {group} » ne contient aucun critère noté : il n’apporte rien.</translation>
    </message>
    <message>
        <source>No criterion carries any weight, so every option scores 0. Give at least one criterion (and each group above it) a positive weight.</source>
        <translation>Aucun critère n’a de poids : chaque option obtient 0. Donnez un poids positif à au moins un critère (et à chaque groupe au-dessus de lui).</translation>
    </message>
    <message>
        <source>No criterion under the group &apos;{group}&apos; carries any weight, so the group contributes nothing and its weight goes to the criteria beside it.</source>
        <translation>Aucun critère du groupe « {group} » n’a de poids : le groupe n’apporte rien et son poids va aux critères à côté de lui.</translation>
    </message>
    <message>
        <source>&apos;{criterion}&apos; has zero weight, so it does not affect the result.</source>
        <translation>« {criterion} » a un poids nul : il n’affecte pas le résultat.</translation>
    </message>
    <message>
        <source>Imported back, this score table would come in as a plain table: equal weights, every direction &apos;higher is better&apos; and each scale from the scores in the file. To bring the decision back, export a workbook (.xlsx) or the CSV with one row per score.</source>
        <translation>Réimporté, ce tableau de notes serait lu comme un simple tableau : poids égaux, tous les sens « plus haut est mieux » et chaque échelle tirée des notes du fichier. Pour retrouver la décision, exportez un classeur (.xlsx) ou le CSV à une ligne par note.</translation>
    </message>
    <message>
        <source>A CSV file has no place for the protective marking {marking}: label the file as your handling rules require.</source>
        <translation>Un fichier CSV n’a pas de place pour la mention de protection {marking} : étiquetez le fichier comme vos règles de traitement l’exigent.</translation>
    </message>
    <message>
        <source>Importing the file back would lose the red lines, so no option would be flagged or excluded.</source>
        <translation>Réimporter le fichier ferait perdre les lignes rouges : aucune option ne serait plus signalée ni exclue.</translation>
    </message>
    <message>
        <source>Importing the file back would lose the method settings ({method}): the decision would be ranked by the weighted sum with value functions.</source>
        <translation>Réimporter le fichier ferait perdre les réglages de la méthode ({method}) : la décision serait classée par la somme pondérée avec fonctions de valeur.</translation>
    </message>
    <message>
        <source>Importing the file back would lose the analysts and their own inputs, so there would be no group view.</source>
        <translation>Réimporter le fichier ferait perdre les analystes et leurs données propres : il n’y aurait plus de vue de groupe.</translation>
    </message>
    <message>
        <source>For a copy that keeps everything, keep the project file or export the decision as JSON.</source>
        <translation>Pour une copie qui garde tout, conservez le fichier du projet ou exportez la décision en JSON.</translation>
    </message>
    <message>
        <source>For a copy that keeps everything, keep the project file or export the decision as JSON. The workbook&apos;s Method sheet lists the method settings, the red lines and the weighting judgements, for reading.</source>
        <translation>Pour une copie qui garde tout, conservez le fichier du projet ou exportez la décision en JSON. La feuille Method du classeur liste les paramètres de la méthode, les lignes rouges et les jugements de pondération, pour lecture.</translation>
    </message>
    <message>
        <source>A CSV file has no place for the title {title}: the project imported from it is named after the file.</source>
        <translation>Un fichier CSV n’a pas de place pour le titre {title} : le projet qui en est importé prend le nom du fichier.</translation>
    </message>
    <message>
        <source>Importing the file back would bring the criteria back without their groups ({groups}), each weighted by its global weight, so the ranking would not change.</source>
        <translation>Réimporter le fichier ramènerait les critères sans leurs groupes ({groups}), chacun pondéré par son poids global : le classement ne changerait donc pas.</translation>
    </message>
    <message>
        <source>Importing the file back would keep the weights as points but lose the record of how they were set ({methods}): the judgements, who made them and when, and any note.</source>
        <translation>Réimporter le fichier garderait les poids sous forme de points mais ferait perdre la trace de la façon dont ils ont été fixés ({methods}) : les jugements, leurs auteurs et leur date, et toute remarque.</translation>
    </message>
    <message>
        <source>Importing the file back would also lose {things}.</source>
        <translation>Réimporter le fichier ferait aussi perdre {things}.</translation>
    </message>
    <message>
        <source>the description</source>
        <translation>la description</translation>
    </message>
    <message>
        <source>the notice</source>
        <translation>l’avis</translation>
    </message>
    <message>
        <source>the options&apos; descriptions</source>
        <translation>les descriptions des options</translation>
    </message>
    <message>
        <source>the options&apos; sources</source>
        <translation>les sources des options</translation>
    </message>
    <message>
        <source>the criteria&apos;s descriptions</source>
        <translation>les descriptions des critères</translation>
    </message>
    <message>
        <source>the level descriptors of {criteria}</source>
        <translation>les significations des niveaux de {criteria}</translation>
    </message>
    <message>
        <source>the evidence linked to the scores and the source library</source>
        <translation>les preuves liées aux notes et la bibliothèque de sources</translation>
    </message>
    <message>
        <source>the evidence linked to the scores and the source library (the Rationales sheet lists the evidence, for reading)</source>
        <translation>les preuves liées aux notes et la bibliothèque de sources (la feuille Rationales liste les preuves, pour lecture)</translation>
    </message>
    <message>
        <source>the scores&apos; distributions</source>
        <translation>les lois des notes</translation>
    </message>
    <message>
        <source>the uncertainty settings</source>
        <translation>les réglages d’incertitude</translation>
    </message>
    <message>
        <source>the perspectives</source>
        <translation>les perspectives</translation>
    </message>
    <message>
        <source>the score scenarios</source>
        <translation>les scénarios de notes</translation>
    </message>
    <message>
        <source>the snapshots</source>
        <translation>les instantanés</translation>
    </message>
    <message>
        <source>The headings of the {sheet} sheet were found on row {row}, so what is above them was not read ({text}).</source>
        <translation>Les en-têtes de la feuille {sheet} ont été trouvés à la ligne {row} : ce qui se trouve au-dessus n’a donc pas été lu ({text}).</translation>
    </message>
    <message>
        <source>The sheet {sheets} was not read: Counterweight reads only the Options, Criteria, Scores, Levels and Decision sheets.</source>
        <translation>La feuille {sheets} n’a pas été lue : Counterweight ne lit que les feuilles Options, Criteria, Scores, Levels et Decision.</translation>
    </message>
    <message>
        <source>The sheets {sheets} were not read: Counterweight reads only the Options, Criteria, Scores, Levels and Decision sheets.</source>
        <translation>Les feuilles {sheets} n’ont pas été lues : Counterweight ne lit que les feuilles Options, Criteria, Scores, Levels et Decision.</translation>
    </message>
    <message>
        <source>The workbook&apos;s results were worked out with {method}; the imported project is ranked by the weighted sum, because a spreadsheet does not carry method settings.</source>
        <translation>Les résultats du classeur ont été calculés avec {method} ; le projet importé est classé par la somme pondérée, car un tableur ne conserve pas les réglages de méthode.</translation>
    </message>
    <message>
        <source>The workbook&apos;s results show red lines; a spreadsheet does not carry them, so the imported project has none: add them again under Red lines.</source>
        <translation>Les résultats du classeur montrent des lignes rouges ; un tableur ne les conserve pas, le projet importé n’en a donc aucune : ajoutez-les de nouveau sous Lignes rouges.</translation>
    </message>
    <message>
        <source>Every criterion has the same weight: set the weights before trusting the ranking.</source>
        <translation>Tous les critères ont le même poids : fixez les poids avant de vous fier au classement.</translation>
    </message>
    <message>
        <source>Every score of {criterion} is {value}, so its scale was set to run from {lower} to {upper}; set its bounds in the criterion dialog.</source>
        <translation>Toutes les notes de {criterion} valent {value} ; son échelle va donc de {lower} à {upper} : fixez ses bornes dans la boîte de dialogue du critère.</translation>
    </message>
    <message>
        <source>Only the sheet {sheet} was read; the others were not ({sheets}).</source>
        <translation>Seule la feuille {sheet} a été lue ; les autres ne l’ont pas été ({sheets}).</translation>
    </message>
    <message>
        <source>The Weight row gives no weight for {criteria}, so each was given a weight of 1.</source>
        <translation>La ligne Weight ne donne pas de poids pour {criteria} ; chacun a reçu un poids de 1.</translation>
    </message>
    <message>
        <source>The file does not give the direction of {criteria}, so each is taken as &apos;higher is better&apos; (Counterweight does not guess it from a name): set a cost or a harm to &apos;lower is better&apos; in the criterion dialog.</source>
        <translation>Le fichier ne donne pas le sens de {criteria} ; chacun est donc pris comme « plus haut est mieux » (Counterweight ne le devine pas d’après un nom) : mettez un coût ou un dommage en « plus bas est mieux » dans la boîte de dialogue du critère.</translation>
    </message>
    <message>
        <source>The file was read as a plain score table (options in rows, criteria in columns). Check what was assumed, below, before trusting a ranking.</source>
        <translation>Le fichier a été lu comme un simple tableau de notes (options en lignes, critères en colonnes). Vérifiez ce qui a été supposé, ci-dessous, avant de vous fier à un classement.</translation>
    </message>
    <message>
        <source>The headings were found on row {row}, so what is above them was not read ({text}).</source>
        <translation>Les en-têtes ont été trouvés à la ligne {row} ; ce qui se trouve au-dessus n’a pas été lu ({text}).</translation>
    </message>
    <message>
        <source>The scale of a criterion scored with numbers runs from its lowest to its highest score in the file, so the worst option scores 0 on it and the best 100: {ranges}. Widen a scale in the criterion dialog if other values are possible.</source>
        <translation>L’échelle d’un critère noté par des nombres va de sa note la plus basse à sa note la plus haute dans le fichier ; la pire option y obtient donc 0 et la meilleure 100 : {ranges}. Élargissez une échelle dans la boîte de dialogue du critère si d’autres valeurs sont possibles.</translation>
    </message>
    <message>
        <source>The sheet {sheet} was read as a plain score table (options in rows, criteria in columns). Check what was assumed, below, before trusting a ranking.</source>
        <translation>La feuille {sheet} a été lue comme un simple tableau de notes (options en lignes, critères en colonnes). Vérifiez ce qui a été supposé, ci-dessous, avant de vous fier à un classement.</translation>
    </message>
    <message>
        <source>These rows have a name but no scores, and were read as options all the same: {options}. Delete any that is not an option (a footnote, a total) in the Options list.</source>
        <translation>Ces lignes ont un nom mais aucune note, et ont tout de même été lues comme des options : {options}. Supprimez dans la liste des options celles qui n’en sont pas (une note de bas de page, un total).</translation>
    </message>
    <message>
        <source>{criterion} holds words, so it is scored with levels valued in the order the words first appear ({levels}); that order says nothing about which is better, so put the levels in order in the criterion dialog.</source>
        <translation>{criterion} contient des mots ; il est donc noté par niveaux, valorisés dans l’ordre où les mots apparaissent ({levels}) ; cet ordre ne dit rien de ce qui est mieux : ordonnez les niveaux dans la boîte de dialogue du critère.</translation>
    </message>
    <message>
        <source>{criterion} {lower} to {upper}</source>
        <translation>{criterion} de {lower} à {upper}</translation>
    </message>
    <message>
        <source>{cell}: {criterion} has no weight, so it was given 1 point, while the criteria beside it have weights; check its weight in the Weights panel.</source>
        <translation>{cell} : {criterion} n’a pas de poids ; il a donc reçu 1 point, alors que les critères voisins ont des poids. Vérifiez son poids dans le panneau Poids.</translation>
    </message>
    <message>
        <source>The Matrix sheet and the Scores sheet differ at {places}. An import reads scores from the Scores sheet only, so the project has the scores given there; a score changed on the Matrix sheet is not read.</source>
        <translation>La feuille Matrix et la feuille Scores diffèrent en {places}. Un import ne lit les notes que sur la feuille Scores : le projet a donc les notes qui y figurent ; une note modifiée sur la feuille Matrix n’est pas lue.</translation>
    </message>
    <message>
        <source>The Weights sheet and the Criteria sheet differ at {places}. An import reads weights from the Weight column of the Criteria sheet only, so the project has the weights given there; a weight changed on the Weights sheet is not read.</source>
        <translation>La feuille Weights et la feuille Criteria diffèrent en {places}. Un import ne lit les poids que dans la colonne Weight de la feuille Criteria : le projet a donc les poids qui y figurent ; un poids modifié sur la feuille Weights n’est pas lu.</translation>
    </message>
    <message>
        <source>The file gives the direction of no criterion, so each is taken as &apos;higher is better&apos; (Counterweight does not guess it from a name): set a cost or a harm to &apos;lower is better&apos; in the criterion dialog.</source>
        <translation>Le fichier ne donne le sens d’aucun critère ; chacun est donc pris comme « plus haut est mieux » (Counterweight ne le devine pas d’après un nom) : mettez un coût ou un dommage en « plus bas est mieux » dans la boîte de dialogue du critère.</translation>
    </message>
    <message>
        <source>{count} others</source>
        <translation>{count} autres</translation>
    </message>
    <message>
        <source>{criteria} also hold words, and are scored with levels in the same way: put their levels in order too.</source>
        <translation>{criteria} contiennent aussi des mots et sont notés par niveaux de la même façon : ordonnez aussi leurs niveaux.</translation>
    </message>
    <message>
        <source>Restore value from entry #{entry}</source>
        <translation>Rétablir la valeur de l’entrée n° {entry}</translation>
    </message>
    <message>
        <source>Undo: {step}</source>
        <translation>Annulation : {step}</translation>
    </message>
    <message>
        <source>Redo: {step}</source>
        <translation>Rétablissement : {step}</translation>
    </message>
    <message>
        <source>method</source>
        <translation>méthode</translation>
    </message>
    <message>
        <source>decision</source>
        <translation>décision</translation>
    </message>
    <message>
        <source>protective marking</source>
        <translation>mention de protection</translation>
    </message>
    <message>
        <source>recommendation and decision</source>
        <translation>recommandation et décision</translation>
    </message>
    <message>
        <source>group aggregation</source>
        <translation>agrégation du groupe</translation>
    </message>
    <message>
        <source>judgements under {element}</source>
        <translation>jugements sous {element}</translation>
    </message>
    <message>
        <source>weights under {element}</source>
        <translation>poids sous {element}</translation>
    </message>
    <message>
        <source>red line on {element}</source>
        <translation>ligne rouge sur {element}</translation>
    </message>
    <message>
        <source>packet from {element}</source>
        <translation>dossier de {element}</translation>
    </message>
    <message>
        <source>packet for {element}</source>
        <translation>dossier pour {element}</translation>
    </message>
    <message>
        <source>weight set {element}</source>
        <translation>jeu de poids {element}</translation>
    </message>
    <message>
        <source>criterion {element}</source>
        <translation>critère {element}</translation>
    </message>
    <message>
        <source>evidence {element}</source>
        <translation>preuve {element}</translation>
    </message>
    <message>
        <source>scenario {element}</source>
        <translation>scénario {element}</translation>
    </message>
    <message>
        <source>snapshot {element}</source>
        <translation>instantané {element}</translation>
    </message>
    <message>
        <source>analyst {element}</source>
        <translation>analyste {element}</translation>
    </message>
    <message>
        <source>weights {element}</source>
        <translation>poids {element}</translation>
    </message>
    <message>
        <source>option {element}</source>
        <translation>option {element}</translation>
    </message>
    <message>
        <source>source {element}</source>
        <translation>source {element}</translation>
    </message>
    <message>
        <source>weight {element}</source>
        <translation>poids {element}</translation>
    </message>
    <message>
        <source>score {element}</source>
        <translation>note {element}</translation>
    </message>
    <message>
        <source>packet {element}</source>
        <translation>dossier {element}</translation>
    </message>
    <message>
        <source>1 score</source>
        <translation>1 note</translation>
    </message>
    <message>
        <source>{n} scores</source>
        <translation>{n} notes</translation>
    </message>
    <message>
        <source>{what} by {analyst}</source>
        <translation>{what} par {analyst}</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>{first}; {rest}</source>
        <translation>{first} ; {rest}</translation>
    </message>
    <message>
        <source>{first}, {rest}</source>
        <translation>{first}, {rest}</translation>
    </message>
    <message>
        <source>{first} {rest}</source>
        <translation>{first} {rest}</translation>
    </message>
    <message>
        <source>{field}: {value}</source>
        <translation>{field} : {value}</translation>
    </message>
    <message>
        <source>{items} and {n} more</source>
        <translation>{items} et {n} autres</translation>
    </message>
    <message>
        <source>{value} ({low}–{high})</source>
        <translation>{value} ({low}–{high})</translation>
    </message>
    <message>
        <source>1 field</source>
        <translation>1 champ</translation>
    </message>
    <message>
        <source>{n} fields</source>
        <translation>{n} champs</translation>
    </message>
    <message>
        <source>1 item</source>
        <translation>1 élément</translation>
    </message>
    <message>
        <source>{n} items</source>
        <translation>{n} éléments</translation>
    </message>
    <message>
        <source>1 weight</source>
        <translation>1 poids</translation>
    </message>
    <message>
        <source>{n} weights</source>
        <translation>{n} poids</translation>
    </message>
    <message>
        <source>1 character</source>
        <translation>1 caractère</translation>
    </message>
    <message>
        <source>{n} characters</source>
        <translation>{n} caractères</translation>
    </message>
    <message>
        <source>1 criterion</source>
        <translation>1 critère</translation>
    </message>
    <message>
        <source>{n} criteria</source>
        <translation>{n} critères</translation>
    </message>
    <message>
        <source>1 set of judgements</source>
        <translation>1 jeu de jugements</translation>
    </message>
    <message>
        <source>{n} sets of judgements</source>
        <translation>{n} jeux de jugements</translation>
    </message>
    <message>
        <source>{method}, {normalization}</source>
        <translation>{method}, {normalization}</translation>
    </message>
    <message>
        <source>{method}, vector normalisation</source>
        <translation>{method}, normalisation vectorielle</translation>
    </message>
    <message>
        <source>{method}, min-max normalisation</source>
        <translation>{method}, normalisation min-max</translation>
    </message>
    <message>
        <source>{method}, v = {v}</source>
        <translation>{method}, v = {v}</translation>
    </message>
    <message>
        <source>1st</source>
        <translation>1er</translation>
    </message>
    <message>
        <source>{n}st</source>
        <translation>{n}e</translation>
    </message>
    <message>
        <source>{n}nd</source>
        <translation>{n}e</translation>
    </message>
    <message>
        <source>{n}rd</source>
        <translation>{n}e</translation>
    </message>
    <message>
        <source>{n}th</source>
        <translation>{n}e</translation>
    </message>
    <message>
        <source>at the top level, {place}</source>
        <translation>au premier niveau, {place}</translation>
    </message>
    <message>
        <source>under {parent}, {place}</source>
        <translation>sous {parent}, {place}</translation>
    </message>
    <message>
        <source>{place} in the list</source>
        <translation>{place} dans la liste</translation>
    </message>
    <message>
        <source>{name} (with {criteria} under it)</source>
        <translation>{name} (avec {criteria} en dessous)</translation>
    </message>
    <message>
        <source>limit {limit}</source>
        <translation>limite {limit}</translation>
    </message>
    <message>
        <source>level {level}</source>
        <translation>niveau {level}</translation>
    </message>
    <message>
        <source>{criterion}: {bound}</source>
        <translation>{criterion} : {bound}</translation>
    </message>
    <message>
        <source>{rule} (excluded)</source>
        <translation>{rule} (exclue)</translation>
    </message>
    <message>
        <source>{rule} (flagged)</source>
        <translation>{rule} (signalée)</translation>
    </message>
    <message>
        <source>{source} (cited by {scores})</source>
        <translation>{source} (citée par {scores})</translation>
    </message>
    <message>
        <source>text: {length}</source>
        <translation>texte : {length}</translation>
    </message>
    <message>
        <source>text: {length}, changed</source>
        <translation>texte : {length}, modifié</translation>
    </message>
    <message>
        <source>{cells}; and {n} more</source>
        <translation>{cells} ; et {n} autres</translation>
    </message>
    <message>
        <source>no judgements</source>
        <translation>aucun jugement</translation>
    </message>
    <message>
        <source>{file}, a Counterweight project</source>
        <translation>{file}, un projet Counterweight</translation>
    </message>
    <message>
        <source>{file}, a decision file (JSON)</source>
        <translation>{file}, un fichier de décision (JSON)</translation>
    </message>
    <message>
        <source>{file}, a decision file (JSON, format version {version})</source>
        <translation>{file}, un fichier de décision (JSON, version de format {version})</translation>
    </message>
    <message>
        <source>{file}, a spreadsheet ({kind})</source>
        <translation>{file}, un classeur ({kind})</translation>
    </message>
    <message>
        <source>{file}, an elicitation packet</source>
        <translation>{file}, un dossier d’élicitation</translation>
    </message>
    <message>
        <source>{file}, an elicitation packet for {analyst}</source>
        <translation>{file}, un dossier d’élicitation pour {analyst}</translation>
    </message>
    <message>
        <source>{origin}, written by Counterweight {version}</source>
        <translation>{origin}, écrit par Counterweight {version}</translation>
    </message>
    <message>
        <source>{origin}, written by Counterweight {version} on {when}</source>
        <translation>{origin}, écrit par Counterweight {version} le {when}</translation>
    </message>
    <message>
        <source>{origin}, written on {when}</source>
        <translation>{origin}, écrit le {when}</translation>
    </message>
    <message>
        <source>weight of {criterion}</source>
        <translation>poids de {criterion}</translation>
    </message>
    <message>
        <source>judgements for the top-level criteria</source>
        <translation>jugements sur les critères du premier niveau</translation>
    </message>
    <message>
        <source>{method}, revised</source>
        <translation>{method}, révisés</translation>
    </message>
    <message>
        <source>shared value</source>
        <translation>valeur commune</translation>
    </message>
    <message>
        <source>no value changed</source>
        <translation>aucune valeur modifiée</translation>
    </message>
    <message>
        <source>{what}: {old} → {new}</source>
        <translation>{what} : {old} → {new}</translation>
    </message>
    <message>
        <source>packet {packet} for {analyst}, request hash {hash}</source>
        <translation>paquet {packet} pour {analyst}, empreinte de la demande {hash}</translation>
    </message>
    <message>
        <source>packet {packet} for {analyst}, file {file}, request hash {hash}</source>
        <translation>paquet {packet} pour {analyst}, fichier {file}, empreinte de la demande {hash}</translation>
    </message>
    <message>
        <source>packet {packet} from {analyst}, answered by {who} on {day}, request hash {request}, response hash {response}</source>
        <translation>paquet {packet} de {analyst}, rempli par {who} le {day}, empreinte de la demande {request}, empreinte de la réponse {response}</translation>
    </message>
    <message>
        <source>Current weights</source>
        <translation>Poids actuels</translation>
    </message>
    <message>
        <source>Base scores</source>
        <translation>Notes de base</translation>
    </message>
    <message>
        <source>{weights} × {scores}</source>
        <translation>{weights} × {scores}</translation>
    </message>
    <message>
        <source>No option is ranked under every perspective and scenario: each is excluded by a red line, or cannot be placed by the method, under at least one, so there is no robust choice.</source>
        <translation>Aucune option n’est classée selon toutes les perspectives et tous les scénarios : chacune est exclue par une ligne rouge, ou ne peut pas être placée par la méthode, selon au moins une combinaison ; il n’y a donc pas de choix robuste.</translation>
    </message>
    <message>
        <source>Every option is excluded by a red line under {pair}, so there is no robust choice.</source>
        <translation>Chaque option est exclue par une ligne rouge selon {pair} : il n’y a donc pas de choix robuste.</translation>
    </message>
    <message>
        <source>Every option is excluded by a red line, so there is no robust choice.</source>
        <translation>Chaque option est exclue par une ligne rouge : il n’y a donc pas de choix robuste.</translation>
    </message>
    <message>
        <source>No option is ranked under {pair} (each is excluded by a red line or cannot be placed by the method), so there is no robust choice.</source>
        <translation>Aucune option n’est classée selon {pair} (chacune est exclue par une ligne rouge ou ne peut pas être placée par la méthode) : il n’y a donc pas de choix robuste.</translation>
    </message>
    <message>
        <source>No option is ranked (each is excluded by a red line or cannot be placed by the method), so there is no robust choice.</source>
        <translation>Aucune option n’est classée (chacune est exclue par une ligne rouge ou ne peut pas être placée par la méthode) : il n’y a donc pas de choix robuste.</translation>
    </message>
    <message>
        <source>is excluded by a red line</source>
        <translation>est exclue par une ligne rouge</translation>
    </message>
    <message>
        <source>cannot be placed by the method</source>
        <translation>ne peut pas être placée par la méthode</translation>
    </message>
    <message>
        <source> under {pair}</source>
        <translation> selon {pair}</translation>
    </message>
    <message>
        <source> (and {n} more)</source>
        <translation> (et {n} autres)</translation>
    </message>
    <message>
        <source>{name} {why}{under}{more}, so it cannot be the robust choice.</source>
        <translation>{name} {why}{under}{more} : elle ne peut donc pas être le choix robuste.</translation>
    </message>
    <message>
        <source>1 combination</source>
        <translation>1 combinaison</translation>
    </message>
    <message>
        <source>{n} combinations</source>
        <translation>{n} combinaisons</translation>
    </message>
    <message>
        <source>{option} is best under every perspective and scenario ({count}), so it never has any regret.</source>
        <translation>{option} est en tête selon toutes les perspectives et tous les scénarios ({count}) : elle n’a donc jamais aucun regret.</translation>
    </message>
    <message>
        <source>{options} tie: both are best under every perspective and scenario ({count}), so neither ever has any regret. {option} is named because it comes first in the option list.</source>
        <translation>{options} sont à égalité : les deux sont en tête selon toutes les perspectives et tous les scénarios ({count}), aucune n’a donc jamais de regret. {option} est retenue parce qu’elle vient en premier dans la liste des options.</translation>
    </message>
    <message>
        <source>{options} tie: each is best under every perspective and scenario ({count}), so none ever has any regret. {option} is named because it comes first in the option list.</source>
        <translation>{options} sont à égalité : chacune est en tête selon toutes les perspectives et tous les scénarios ({count}), aucune n’a donc jamais de regret. {option} est retenue parce qu’elle vient en premier dans la liste des options.</translation>
    </message>
    <message>
        <source> {options} ties on it; the smaller average regret decides.</source>
        <translation> {options} est à égalité sur ce point ; le plus petit regret moyen départage.</translation>
    </message>
    <message>
        <source> {options} tie on it; the smaller average regret decides.</source>
        <translation> {options} sont à égalité sur ce point ; le plus petit regret moyen départage.</translation>
    </message>
    <message>
        <source> {options} ties on it, with the same average regret; the option list order decides.</source>
        <translation> {options} est à égalité sur ce point, avec le même regret moyen ; l’ordre de la liste des options départage.</translation>
    </message>
    <message>
        <source> {options} tie on it, with the same average regret; the option list order decides.</source>
        <translation> {options} sont à égalité sur ce point, avec le même regret moyen ; l’ordre de la liste des options départage.</translation>
    </message>
    <message>
        <source>{option} has the smallest worst-case regret ({value:.1f} points, under {pair}).{tie}</source>
        <translation>{option} a le plus petit regret dans le pire des cas ({value:.1f} points, selon {pair}).{tie}</translation>
    </message>
    <message>
        <source>There are no options to choose from.</source>
        <translation>Il n’y a aucune option parmi laquelle choisir.</translation>
    </message>
    <message>
        <source>Add a perspective or a scenario: with the base alone the robust choice is the top option.</source>
        <translation>Ajoutez une perspective ou un scénario : avec la seule base, le choix robuste est l’option en tête.</translation>
    </message>
    <message>
        <source>Red line on a deleted criterion ({criterion})</source>
        <translation>Ligne rouge sur un critère supprimé ({criterion})</translation>
    </message>
    <message>
        <source>{criterion} must not be worse than {level}</source>
        <translation>{criterion} ne doit pas être pire que {level}</translation>
    </message>
    <message>
        <source>{criterion} must not exceed {limit}</source>
        <translation>{criterion} ne doit pas dépasser {limit}</translation>
    </message>
    <message>
        <source>{criterion} must not fall below {limit}</source>
        <translation>{criterion} ne doit pas descendre sous {limit}</translation>
    </message>
    <message>
        <source>{option} breaches &apos;{rule}&apos; ({score}) — excluded</source>
        <translation>{option} franchit « {rule} » ({score}) — exclue</translation>
    </message>
    <message>
        <source>{option} breaches &apos;{rule}&apos; ({score}) — flagged</source>
        <translation>{option} franchit « {rule} » ({score}) — signalée</translation>
    </message>
    <message>
        <source>The consistency of these judgements cannot be checked: the {table} random-index table stops at {last} criteria, so there is no consistency ratio for {n}. Their consistency index is CI {ci:.3f} (0 when every judgement agrees). Saaty advises comparing at most about seven criteria at a time (Saaty &amp; Ozdemir 2003): group them under a few headings and weight each group on its own.</source>
        <translation>La cohérence de ces jugements ne peut pas être vérifiée : la table d’indices aléatoires {table} s’arrête à {last} critères, il n’y a donc pas de ratio de cohérence pour {n}. Leur indice de cohérence est IC {ci:.3f} (0 quand tous les jugements concordent). Saaty conseille de ne pas comparer plus de sept critères environ à la fois (Saaty &amp; Ozdemir 2003) : regroupez-les sous quelques rubriques et pondérez chaque groupe séparément.</translation>
    </message>
    <message>
        <source>There is no random index for {n} criteria, so no consistency ratio, but none is needed: every judgement agrees with the weights (consistency index 0).</source>
        <translation>Il n’y a pas d’indice aléatoire pour {n} critères, donc pas de ratio de cohérence, mais aucun n’est nécessaire : chaque jugement concorde avec les poids (indice de cohérence 0).</translation>
    </message>
    <message>
        <source>&apos;{name}&apos;</source>
        <translation>« {name} »</translation>
    </message>
    <message>
        <source>The value function of &apos;{criterion}&apos; neither only rises nor only falls, so no direction fits its scores: {method} compares each option&apos;s value on that function (0 to 100, higher is better) instead, and reads the criterion&apos;s thresholds q, p and s on that scale.</source>
        <translation>La fonction de valeur de « {criterion} » ne fait ni que monter ni que descendre, donc aucun sens ne convient à ses notes : {method} compare à la place la valeur de chaque option selon cette fonction (de 0 à 100, plus haut est mieux), et lit les seuils q, p et s du critère sur cette échelle.</translation>
    </message>
    <message>
        <source>The value function of &apos;{criterion}&apos; neither only rises nor only falls, so no direction fits its scores: {method} compares each option&apos;s value on that function (0 to 100, higher is better) instead.</source>
        <translation>La fonction de valeur de « {criterion} » ne fait ni que monter ni que descendre, donc aucun sens ne convient à ses notes : {method} compare à la place la valeur de chaque option selon cette fonction (de 0 à 100, plus haut est mieux).</translation>
    </message>
    <message>
        <source>The value function of &apos;{criterion}&apos; neither only rises nor only falls, so no direction fits its scores: the normalisation &apos;{normalization}&apos; rescales each option&apos;s value on that function (0 to 100, higher is better) instead.</source>
        <translation>La fonction de valeur de « {criterion} » ne fait ni que monter ni que descendre, donc aucun sens ne convient à ses notes : la normalisation « {normalization} » remet à l’échelle à la place la valeur de chaque option selon cette fonction (de 0 à 100, plus haut est mieux).</translation>
    </message>
    <message>
        <source>The decision has no scored criteria yet, so {method} cannot tell the options apart: every option ties.</source>
        <translation>La décision n’a encore aucun critère noté : {method} ne peut donc pas départager les options, qui sont toutes à égalité.</translation>
    </message>
    <message>
        <source>No criterion carries any weight, so {method} cannot tell the options apart: every option ties. Give at least one criterion (and each group above it) a positive weight.</source>
        <translation>Aucun critère n’a de poids : {method} ne peut donc pas départager les options, qui sont toutes à égalité. Donnez un poids positif à au moins un critère (et à chaque groupe au-dessus de lui).</translation>
    </message>
    <message>
        <source>No option has a score yet, so {method} cannot tell the options apart: every option ties.</source>
        <translation>Aucune option n’a encore de note : {method} ne peut donc pas départager les options, qui sont toutes à égalité.</translation>
    </message>
    <message>
        <source>No option has a score on &apos;{criterion}&apos;, so {method} leaves it out; no other criterion that carries weight has a score either, so every option ties.</source>
        <translation>Aucune option n’a de note sur « {criterion} » : {method} le laisse donc de côté ; aucun autre critère pondéré n’a de note non plus, donc toutes les options sont à égalité.</translation>
    </message>
    <message>
        <source>&apos;{criterion}&apos; above {limit}</source>
        <translation>« {criterion} » au-dessus de {limit}</translation>
    </message>
    <message>
        <source>&apos;{criterion}&apos; below {limit}</source>
        <translation>« {criterion} » en dessous de {limit}</translation>
    </message>
    <message>
        <source>&apos;{criterion}&apos; worse than &apos;{limit}&apos;</source>
        <translation>« {criterion} » pire que « {limit} »</translation>
    </message>
    <message>
        <source>&apos;{option}&apos; ranks first in {first} % of the draws; in {past} % of all draws it ranks first while its drawn score on &apos;{criterion}&apos; is past the red line.</source>
        <translation>« {option} » arrive en tête dans {first} % des tirages ; dans {past} % de l’ensemble des tirages, elle arrive en tête alors que sa note tirée sur « {criterion} » franchit la ligne rouge.</translation>
    </message>
    <message>
        <source>&apos;{option}&apos; ranks first in {first} % of the draws; in {past} % of all draws it ranks first while its drawn score on at least one of {criteria} is past its red line.</source>
        <translation>« {option} » arrive en tête dans {first} % des tirages ; dans {past} % de l’ensemble des tirages, elle arrive en tête alors que sa note tirée sur au moins un critère parmi {criteria} franchit sa ligne rouge.</translation>
    </message>
    <message>
        <source>The weighted product here multiplies &apos;{normalization}&apos; values, which on {criteria} are not proportional to each score divided by the best score: this is not the published ratio form of the method (Bridgman 1922; Triantaphyllou 2000), and it can rank the options differently.{zero} For the published form choose the normalisation &apos;{ratio}&apos; (Ranking tab or Method settings).</source>
        <translation>Le produit pondéré multiplie ici des valeurs normalisées par « {normalization} » qui, sur {criteria}, ne sont pas proportionnelles à chaque note divisée par la meilleure note : ce n’est pas la forme en rapports publiée de la méthode (Bridgman 1922 ; Triantaphyllou 2000), et le classement des options peut en être changé.{zero} Pour la forme publiée, choisissez la normalisation « {ratio} » (onglet Classement ou Paramètres de la méthode).</translation>
    </message>
    <message>
        <source> Under value functions an option at the worst end of a criterion&apos;s scale (after a plain table import, the worst option) has value 0 there, so its product is 0 whatever its other scores.</source>
        <translation> Avec les fonctions de valeur, une option à la pire extrémité de l’échelle d’un critère (après l’import d’un simple tableau, la pire option) y a la valeur 0, donc son produit vaut 0 quelles que soient ses autres notes.</translation>
    </message>
    <message>
        <source> Under min-max the worst option on each criterion has value 0 there, so its product is 0 whatever its other scores.</source>
        <translation> Avec min-max, la pire option sur chaque critère y a la valeur 0, donc son produit vaut 0 quelles que soient ses autres notes.</translation>
    </message>
    <message>
        <source>Weighted sum (additive value)</source>
        <translation>Somme pondérée (valeur additive)</translation>
    </message>
    <message>
        <source>Weighted product</source>
        <translation>Produit pondéré</translation>
    </message>
    <message>
        <source>TOPSIS (closeness to ideal)</source>
        <translation>TOPSIS (proximité de l’idéal)</translation>
    </message>
    <message>
        <source>PROMETHEE II (net flow)</source>
        <translation>PROMETHEE II (flux net)</translation>
    </message>
    <message>
        <source>VIKOR (compromise)</source>
        <translation>VIKOR (compromis)</translation>
    </message>
    <message>
        <source>Value functions (scale bounds)</source>
        <translation>Fonctions de valeur (bornes de l’échelle)</translation>
    </message>
    <message>
        <source>Min-max across options</source>
        <translation>Min-max sur les options</translation>
    </message>
    <message>
        <source>Ratio to best (cost: min/x)</source>
        <translation>Rapport au meilleur (coût : min/x)</translation>
    </message>
    <message>
        <source>Ratio to max (cost: 1 - x/max)</source>
        <translation>Rapport au maximum (coût : 1 - x/max)</translation>
    </message>
    <message>
        <source>Share of total</source>
        <translation>Part du total</translation>
    </message>
    <message>
        <source>Vector (Euclidean)</source>
        <translation>Vectorielle (euclidienne)</translation>
    </message>
    <message>
        <source>higher is better</source>
        <translation>plus haut est mieux</translation>
    </message>
    <message>
        <source>lower is better</source>
        <translation>plus bas est mieux</translation>
    </message>
    <message>
        <source>value functions (scale bounds)</source>
        <translation>fonctions de valeur (bornes de l’échelle)</translation>
    </message>
    <message>
        <source>min-max across options</source>
        <translation>min-max sur les options</translation>
    </message>
    <message>
        <source>ratio to best (cost: min/x)</source>
        <translation>rapport au meilleur (coût : min/x)</translation>
    </message>
    <message>
        <source>ratio to max (cost: 1 - x/max)</source>
        <translation>rapport au maximum (coût : 1 - x/max)</translation>
    </message>
    <message>
        <source>share of total</source>
        <translation>part du total</translation>
    </message>
    <message>
        <source>vector (euclidean)</source>
        <translation>vectorielle (euclidienne)</translation>
    </message>
    <message>
        <source>Direct points</source>
        <translation>Points directs</translation>
    </message>
    <message>
        <source>Swing weighting</source>
        <translation>Pondération swing</translation>
    </message>
    <message>
        <source>Rank-order centroid</source>
        <translation>Centroïde des rangs (ROC)</translation>
    </message>
    <message>
        <source>Rank-sum</source>
        <translation>Somme des rangs</translation>
    </message>
    <message>
        <source>AHP pairwise comparison</source>
        <translation>Comparaison par paires (AHP)</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajout</translation>
    </message>
    <message>
        <source>Add analyst</source>
        <translation>Ajouter un analyste</translation>
    </message>
    <message>
        <source>Add criterion</source>
        <translation>Ajouter un critère</translation>
    </message>
    <message>
        <source>Add group</source>
        <translation>Ajouter un groupe</translation>
    </message>
    <message>
        <source>Add option</source>
        <translation>Ajouter une option</translation>
    </message>
    <message>
        <source>Add perspective</source>
        <translation>Ajouter une perspective</translation>
    </message>
    <message>
        <source>Add red line</source>
        <translation>Ajouter une ligne rouge</translation>
    </message>
    <message>
        <source>Add scenario</source>
        <translation>Ajouter un scénario</translation>
    </message>
    <message>
        <source>Add source</source>
        <translation>Ajouter une source</translation>
    </message>
    <message>
        <source>Change analyst&apos;s weight</source>
        <translation>Changer le poids d’un analyste</translation>
    </message>
    <message>
        <source>Change group aggregation</source>
        <translation>Changer l’agrégation du groupe</translation>
    </message>
    <message>
        <source>Change map axes</source>
        <translation>Changer les axes de la carte</translation>
    </message>
    <message>
        <source>Change method</source>
        <translation>Changer de méthode</translation>
    </message>
    <message>
        <source>Change weight</source>
        <translation>Changer un poids</translation>
    </message>
    <message>
        <source>Change weights</source>
        <translation>Changer des poids</translation>
    </message>
    <message>
        <source>Clear weight judgements</source>
        <translation>Effacer les jugements de poids</translation>
    </message>
    <message>
        <source>Clear score</source>
        <translation>Effacer une note</translation>
    </message>
    <message>
        <source>Create project</source>
        <translation>Créer le projet</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Suppression</translation>
    </message>
    <message>
        <source>Delete criterion</source>
        <translation>Supprimer un critère</translation>
    </message>
    <message>
        <source>Delete group</source>
        <translation>Supprimer un groupe</translation>
    </message>
    <message>
        <source>Delete option</source>
        <translation>Supprimer une option</translation>
    </message>
    <message>
        <source>Delete perspective</source>
        <translation>Supprimer une perspective</translation>
    </message>
    <message>
        <source>Delete scenario</source>
        <translation>Supprimer un scénario</translation>
    </message>
    <message>
        <source>Delete snapshot</source>
        <translation>Supprimer un instantané</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Modification</translation>
    </message>
    <message>
        <source>Edit analyst</source>
        <translation>Modifier un analyste</translation>
    </message>
    <message>
        <source>Edit criterion</source>
        <translation>Modifier un critère</translation>
    </message>
    <message>
        <source>Edit decision details</source>
        <translation>Modifier les détails de la décision</translation>
    </message>
    <message>
        <source>Edit evidence</source>
        <translation>Modifier une preuve</translation>
    </message>
    <message>
        <source>Edit group</source>
        <translation>Modifier un groupe</translation>
    </message>
    <message>
        <source>Edit option</source>
        <translation>Modifier une option</translation>
    </message>
    <message>
        <source>Edit perspective</source>
        <translation>Modifier une perspective</translation>
    </message>
    <message>
        <source>Edit red line</source>
        <translation>Modifier une ligne rouge</translation>
    </message>
    <message>
        <source>Edit scenario</source>
        <translation>Modifier un scénario</translation>
    </message>
    <message>
        <source>Edit score details</source>
        <translation>Modifier le détail d’une note</translation>
    </message>
    <message>
        <source>Edit source</source>
        <translation>Modifier une source</translation>
    </message>
    <message>
        <source>Equal weights</source>
        <translation>Poids égaux</translation>
    </message>
    <message>
        <source>Export elicitation packet</source>
        <translation>Exporter un dossier d’élicitation</translation>
    </message>
    <message>
        <source>Import elicitation packet</source>
        <translation>Importer un dossier d’élicitation</translation>
    </message>
    <message>
        <source>Import project</source>
        <translation>Importer le projet</translation>
    </message>
    <message>
        <source>Link evidence</source>
        <translation>Lier une preuve</translation>
    </message>
    <message>
        <source>Move criterion</source>
        <translation>Déplacer un critère</translation>
    </message>
    <message>
        <source>Move group</source>
        <translation>Déplacer un groupe</translation>
    </message>
    <message>
        <source>Move option</source>
        <translation>Déplacer une option</translation>
    </message>
    <message>
        <source>Open elicitation packet</source>
        <translation>Ouvrir un dossier d’élicitation</translation>
    </message>
    <message>
        <source>Paste scores</source>
        <translation>Coller des notes</translation>
    </message>
    <message>
        <source>Remove analyst</source>
        <translation>Retirer un analyste</translation>
    </message>
    <message>
        <source>Remove criterion</source>
        <translation>Retirer un critère</translation>
    </message>
    <message>
        <source>Remove option</source>
        <translation>Retirer une option</translation>
    </message>
    <message>
        <source>Remove red line</source>
        <translation>Retirer une ligne rouge</translation>
    </message>
    <message>
        <source>Remove source</source>
        <translation>Retirer une source</translation>
    </message>
    <message>
        <source>Rename criterion</source>
        <translation>Renommer le critère</translation>
    </message>
    <message>
        <source>Rename group</source>
        <translation>Renommer le groupe</translation>
    </message>
    <message>
        <source>Rename option</source>
        <translation>Renommer l’option</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Rétablissement</translation>
    </message>
    <message>
        <source>Restore analyst</source>
        <translation>Rétablir un analyste</translation>
    </message>
    <message>
        <source>Restore criterion</source>
        <translation>Rétablir un critère</translation>
    </message>
    <message>
        <source>Restore option</source>
        <translation>Rétablir une option</translation>
    </message>
    <message>
        <source>Restore red line</source>
        <translation>Rétablir une ligne rouge</translation>
    </message>
    <message>
        <source>Restore source</source>
        <translation>Rétablir une source</translation>
    </message>
    <message>
        <source>Return elicitation packet</source>
        <translation>Renvoyer un dossier d’élicitation</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>Enregistrer sous</translation>
    </message>
    <message>
        <source>Set analyst&apos;s score</source>
        <translation>Saisir la note d’un analyste</translation>
    </message>
    <message>
        <source>Set analyst&apos;s weight judgements</source>
        <translation>Saisir les jugements de poids d’un analyste</translation>
    </message>
    <message>
        <source>Set protective marking</source>
        <translation>Définir la mention de protection</translation>
    </message>
    <message>
        <source>Set rationale</source>
        <translation>Saisir une justification</translation>
    </message>
    <message>
        <source>Set recommendation and decision</source>
        <translation>Noter la recommandation et la décision</translation>
    </message>
    <message>
        <source>Set score</source>
        <translation>Saisir une note</translation>
    </message>
    <message>
        <source>Set weights from judgements</source>
        <translation>Fixer les poids d’après les jugements</translation>
    </message>
    <message>
        <source>Take snapshot</source>
        <translation>Prendre un instantané</translation>
    </message>
    <message>
        <source>Undo elicitation packet import</source>
        <translation>Annuler l’import d’un dossier d’élicitation</translation>
    </message>
    <message>
        <source>Undo restore value</source>
        <translation>Annuler le rétablissement d’une valeur</translation>
    </message>
    <message>
        <source>Unlink evidence</source>
        <translation>Délier une preuve</translation>
    </message>
    <message>
        <source>Upgrade project file</source>
        <translation>Mettre à niveau le fichier du projet</translation>
    </message>
    <message>
        <source>Remove weight set</source>
        <translation>Retirer un jeu de poids</translation>
    </message>
    <message>
        <source>Remove scenario</source>
        <translation>Retirer un scénario</translation>
    </message>
    <message>
        <source>Remove snapshot</source>
        <translation>Retirer un instantané</translation>
    </message>
    <message>
        <source>Restore weight set</source>
        <translation>Rétablir un jeu de poids</translation>
    </message>
    <message>
        <source>Restore scenario</source>
        <translation>Rétablir un scénario</translation>
    </message>
    <message>
        <source>Restore snapshot</source>
        <translation>Rétablir un instantané</translation>
    </message>
    <message>
        <source>action</source>
        <translation>action</translation>
    </message>
    <message>
        <source>aggregation</source>
        <translation>agrégation</translation>
    </message>
    <message>
        <source>ahp</source>
        <translation>AHP</translation>
    </message>
    <message>
        <source>ahp priority</source>
        <translation>priorité AHP</translation>
    </message>
    <message>
        <source>analyst id</source>
        <translation>id de l’analyste</translation>
    </message>
    <message>
        <source>analyst inputs</source>
        <translation>données des analystes</translation>
    </message>
    <message>
        <source>analysts</source>
        <translation>analystes</translation>
    </message>
    <message>
        <source>author</source>
        <translation>auteur</translation>
    </message>
    <message>
        <source>breakpoints</source>
        <translation>points</translation>
    </message>
    <message>
        <source>cited by</source>
        <translation>citée par</translation>
    </message>
    <message>
        <source>conclusion</source>
        <translation>conclusion</translation>
    </message>
    <message>
        <source>content</source>
        <translation>contenu</translation>
    </message>
    <message>
        <source>credibility</source>
        <translation>crédibilité</translation>
    </message>
    <message>
        <source>criteria</source>
        <translation>critères</translation>
    </message>
    <message>
        <source>criteria order</source>
        <translation>ordre des critères</translation>
    </message>
    <message>
        <source>criterion id</source>
        <translation>id du critère</translation>
    </message>
    <message>
        <source>decided by</source>
        <translation>décidée par</translation>
    </message>
    <message>
        <source>decided on</source>
        <translation>décidée le</translation>
    </message>
    <message>
        <source>decided option id</source>
        <translation>option décidée</translation>
    </message>
    <message>
        <source>decision note</source>
        <translation>note de décision</translation>
    </message>
    <message>
        <source>description</source>
        <translation>description</translation>
    </message>
    <message>
        <source>descriptor</source>
        <translation>signification</translation>
    </message>
    <message>
        <source>direction</source>
        <translation>sens</translation>
    </message>
    <message>
        <source>distribution</source>
        <translation>distribution</translation>
    </message>
    <message>
        <source>elicitations</source>
        <translation>élicitations</translation>
    </message>
    <message>
        <source>elicited at</source>
        <translation>élicité le</translation>
    </message>
    <message>
        <source>elicited by</source>
        <translation>élicité par</translation>
    </message>
    <message>
        <source>end</source>
        <translation>fin</translation>
    </message>
    <message>
        <source>evidence</source>
        <translation>preuves</translation>
    </message>
    <message>
        <source>first</source>
        <translation>premier</translation>
    </message>
    <message>
        <source>function</source>
        <translation>fonction</translation>
    </message>
    <message>
        <source>group</source>
        <translation>groupe</translation>
    </message>
    <message>
        <source>high</source>
        <translation>haut</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>imported at</source>
        <translation>importé le</translation>
    </message>
    <message>
        <source>imported from</source>
        <translation>importé de</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>type</translation>
    </message>
    <message>
        <source>label</source>
        <translation>libellé</translation>
    </message>
    <message>
        <source>level</source>
        <translation>niveau</translation>
    </message>
    <message>
        <source>level scores</source>
        <translation>notes à niveaux</translation>
    </message>
    <message>
        <source>levels</source>
        <translation>niveaux</translation>
    </message>
    <message>
        <source>limit</source>
        <translation>limite</translation>
    </message>
    <message>
        <source>locator</source>
        <translation>repère</translation>
    </message>
    <message>
        <source>low</source>
        <translation>bas</translation>
    </message>
    <message>
        <source>lower</source>
        <translation>borne basse</translation>
    </message>
    <message>
        <source>map axes</source>
        <translation>axes de la carte</translation>
    </message>
    <message>
        <source>marking</source>
        <translation>marquage</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>node id</source>
        <translation>id du nœud</translation>
    </message>
    <message>
        <source>normalization</source>
        <translation>normalisation</translation>
    </message>
    <message>
        <source>note</source>
        <translation>remarque</translation>
    </message>
    <message>
        <source>notice</source>
        <translation>avis</translation>
    </message>
    <message>
        <source>option id</source>
        <translation>id de l’option</translation>
    </message>
    <message>
        <source>options</source>
        <translation>options</translation>
    </message>
    <message>
        <source>overrides</source>
        <translation>remplacements</translation>
    </message>
    <message>
        <source>p</source>
        <translation>p</translation>
    </message>
    <message>
        <source>pairwise</source>
        <translation>par paires</translation>
    </message>
    <message>
        <source>parent id</source>
        <translation>id du parent</translation>
    </message>
    <message>
        <source>preferences</source>
        <translation>préférences</translation>
    </message>
    <message>
        <source>promethee</source>
        <translation>PROMETHEE</translation>
    </message>
    <message>
        <source>published</source>
        <translation>publié</translation>
    </message>
    <message>
        <source>publisher</source>
        <translation>éditeur</translation>
    </message>
    <message>
        <source>q</source>
        <translation>q</translation>
    </message>
    <message>
        <source>quote</source>
        <translation>citation</translation>
    </message>
    <message>
        <source>ranks</source>
        <translation>rangs</translation>
    </message>
    <message>
        <source>rationale</source>
        <translation>justification</translation>
    </message>
    <message>
        <source>recommendation</source>
        <translation>recommandation</translation>
    </message>
    <message>
        <source>recommended by</source>
        <translation>recommandée par</translation>
    </message>
    <message>
        <source>recommended option id</source>
        <translation>option recommandée</translation>
    </message>
    <message>
        <source>red lines</source>
        <translation>lignes rouges</translation>
    </message>
    <message>
        <source>reference</source>
        <translation>référence</translation>
    </message>
    <message>
        <source>reliability</source>
        <translation>fiabilité</translation>
    </message>
    <message>
        <source>role</source>
        <translation>rôle</translation>
    </message>
    <message>
        <source>s</source>
        <translation>s</translation>
    </message>
    <message>
        <source>samples</source>
        <translation>tirages</translation>
    </message>
    <message>
        <source>scale</source>
        <translation>échelle</translation>
    </message>
    <message>
        <source>scenarios</source>
        <translation>scénarios</translation>
    </message>
    <message>
        <source>scores</source>
        <translation>notes</translation>
    </message>
    <message>
        <source>second</source>
        <translation>second</translation>
    </message>
    <message>
        <source>seed</source>
        <translation>graine</translation>
    </message>
    <message>
        <source>shared voice</source>
        <translation>voix commune</translation>
    </message>
    <message>
        <source>snapshots</source>
        <translation>instantanés</translation>
    </message>
    <message>
        <source>source</source>
        <translation>source</translation>
    </message>
    <message>
        <source>source id</source>
        <translation>id de la source</translation>
    </message>
    <message>
        <source>sources</source>
        <translation>sources</translation>
    </message>
    <message>
        <source>start</source>
        <translation>début</translation>
    </message>
    <message>
        <source>swing points</source>
        <translation>points swing</translation>
    </message>
    <message>
        <source>taken at</source>
        <translation>pris le</translation>
    </message>
    <message>
        <source>taken by</source>
        <translation>pris par</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texte</translation>
    </message>
    <message>
        <source>title</source>
        <translation>titre</translation>
    </message>
    <message>
        <source>topsis</source>
        <translation>TOPSIS</translation>
    </message>
    <message>
        <source>uncertainty</source>
        <translation>incertitude</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>unité</translation>
    </message>
    <message>
        <source>upper</source>
        <translation>borne haute</translation>
    </message>
    <message>
        <source>v</source>
        <translation>v</translation>
    </message>
    <message>
        <source>value</source>
        <translation>valeur</translation>
    </message>
    <message>
        <source>vikor</source>
        <translation>VIKOR</translation>
    </message>
    <message>
        <source>weight</source>
        <translation>poids</translation>
    </message>
    <message>
        <source>weight ranges</source>
        <translation>plages de poids</translation>
    </message>
    <message>
        <source>weight sets</source>
        <translation>jeux de poids</translation>
    </message>
    <message>
        <source>weights</source>
        <translation>poids</translation>
    </message>
    <message>
        <source>widen by evidence</source>
        <translation>élargir selon les preuves</translation>
    </message>
    <message>
        <source>x</source>
        <translation>x</translation>
    </message>
    <message>
        <source>y</source>
        <translation>y</translation>
    </message>
    <message>
        <source>this criterion is scored with a number, not a level</source>
        <translation>ce critère se note avec un nombre, pas avec un niveau</translation>
    </message>
    <message>
        <source>this criterion is scored with a level, not a number</source>
        <translation>ce critère se note avec un niveau, pas avec un nombre</translation>
    </message>
    <message>
        <source>{level} is not one of the levels ({levels})</source>
        <translation>{level} ne fait pas partie des niveaux ({levels})</translation>
    </message>
    <message>
        <source>ranges are only for numeric criteria</source>
        <translation>les plages sont réservées aux critères numériques</translation>
    </message>
    <message>
        <source>the value {x} is outside the scale {lower} to {upper}</source>
        <translation>la valeur {x} est hors de l’échelle de {lower} à {upper}</translation>
    </message>
    <message>
        <source>the low end {x} is outside the scale {lower} to {upper}</source>
        <translation>la borne basse {x} est hors de l’échelle de {lower} à {upper}</translation>
    </message>
    <message>
        <source>the high end {x} is outside the scale {lower} to {upper}</source>
        <translation>la borne haute {x} est hors de l’échelle de {lower} à {upper}</translation>
    </message>
    <message>
        <source>a folder has that name</source>
        <translation>un dossier porte ce nom</translation>
    </message>
    <message>
        <source>the folder does not exist</source>
        <translation>le dossier n’existe pas</translation>
    </message>
    <message>
        <source>part of the path is a file, not a folder</source>
        <translation>une partie du chemin est un fichier, pas un dossier</translation>
    </message>
    <message>
        <source>Permission denied (the file may be open in another program, or the folder read-only)</source>
        <translation>Permission refusée (le fichier est peut-être ouvert dans un autre programme, ou le dossier en lecture seule)</translation>
    </message>
    <message>
        <source>Could not write the {what}: {reason}.</source>
        <translation>Impossible d’écrire {what} : {reason}.</translation>
    </message>
    <message>
        <source>{name}</source>
        <translation>{name}</translation>
    </message>
    <message>
        <source>The backup “{name}” is damaged too, so it cannot be restored.</source>
        <translation>La sauvegarde « {name} » est elle aussi endommagée : elle ne peut pas être rétablie.</translation>
    </message>
    <message>
        <source>The restored project “{name}” is damaged too, so it cannot be restored.</source>
        <translation>Le projet rétabli « {name} » est lui aussi endommagé : il ne peut pas être rétabli.</translation>
    </message>
    <message>
        <source>The backup “{name}” cannot be used: {problem}</source>
        <translation>La sauvegarde « {name} » ne peut pas être utilisée : {problem}</translation>
    </message>
    <message>
        <source>The restored project “{name}” cannot be used: {problem}</source>
        <translation>Le projet rétabli « {name} » ne peut pas être utilisé : {problem}</translation>
    </message>
    <message>
        <source>Cannot restore “{name}”: {why}. Nothing was changed.</source>
        <translation>Impossible de rétablir « {name} » : {why}. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>“{name}” is not an automatic backup made by Counterweight.</source>
        <translation>« {name} » n’est pas une sauvegarde automatique faite par Counterweight.</translation>
    </message>
    <message>
        <source>Cannot read the backup “{name}”: {why}.</source>
        <translation>Impossible de lire la sauvegarde « {name} » : {why}.</translation>
    </message>
    <message>
        <source>The project is open in another Counterweight window ({holder}).</source>
        <translation>Le projet est ouvert dans une autre fenêtre de Counterweight ({holder}).</translation>
    </message>
    <message>
        <source>Counterweight cannot create its lock file next to the project ({why}).</source>
        <translation>Counterweight ne peut pas créer son fichier de verrou à côté du projet ({why}).</translation>
    </message>
    <message>
        <source>Cannot save “{name}”: {why}.</source>
        <translation>Impossible d’enregistrer « {name} » : {why}.</translation>
    </message>
    <message>
        <source>The file is read-only on disk.</source>
        <translation>Le fichier est en lecture seule sur le disque.</translation>
    </message>
    <message>
        <source>The folder holding the file is read-only, so changes cannot be saved there.</source>
        <translation>Le dossier qui contient le fichier est en lecture seule : les modifications ne peuvent pas y être enregistrées.</translation>
    </message>
    <message>
        <source>the name is too long for this folder ({size} bytes; at most {most} with Counterweight’s side files): choose a shorter name</source>
        <translation>le nom est trop long pour ce dossier ({size} octets ; au plus {most} avec les fichiers annexes de Counterweight) : choisissez un nom plus court</translation>
    </message>
    <message>
        <source>a name made only of dots would be a hidden file: choose a name with a letter or digit in it</source>
        <translation>un nom fait uniquement de points donnerait un fichier caché : choisissez un nom contenant une lettre ou un chiffre</translation>
    </message>
    <message>
        <source>Cannot create “{name}”: {why}.</source>
        <translation>Impossible de créer « {name} » : {why}.</translation>
    </message>
    <message>
        <source>Cannot restore “{name}”: {why}.</source>
        <translation>Impossible de rétablir « {name} » : {why}.</translation>
    </message>
    <message>
        <source>“{name}” is the file already open; choose another name.</source>
        <translation>« {name} » est le fichier déjà ouvert ; choisissez un autre nom.</translation>
    </message>
    <message>
        <source>Cannot save over “{name}”: it is open in another Counterweight window ({holder}).</source>
        <translation>Impossible d’enregistrer par-dessus « {name} » : il est ouvert dans une autre fenêtre de Counterweight ({holder}).</translation>
    </message>
    <message>
        <source>The change could not be saved: “{name}” was deleted, moved or replaced while it was open. Use File &gt; Save As to keep the project as it is in the window.</source>
        <translation>La modification n’a pas pu être enregistrée : « {name} » a été supprimé, déplacé ou remplacé pendant qu’il était ouvert. Utilisez Fichier &gt; Enregistrer sous pour conserver le projet tel qu’il est dans la fenêtre.</translation>
    </message>
    <message>
        <source>the folder cannot be written to ({reason})</source>
        <translation>impossible d’écrire dans le dossier ({reason})</translation>
    </message>
    <message>
        <source>the name is too long for this folder: choose a shorter name</source>
        <translation>le nom est trop long pour ce dossier : choisissez un nom plus court</translation>
    </message>
    <message>
        <source>a database tool with changes it has not written yet, for example</source>
        <translation>un outil de base de données ayant des modifications pas encore écrites, par exemple</translation>
    </message>
    <message>
        <source>{problem} It was opened read-only instead.</source>
        <translation>{problem} Il a été ouvert en lecture seule à la place.</translation>
    </message>
    <message>
        <source>Another program is writing to {file} ({who}), so it was opened read-only. Close that program, then open the project again to make changes.</source>
        <translation>Un autre programme écrit dans {file} ({who}) : il a été ouvert en lecture seule. Fermez ce programme, puis rouvrez le projet pour le modifier.</translation>
    </message>
    <message>
        <source>The change could not be saved to {file}: the disk holding it looks full ({why}). Free some space, or keep a copy elsewhere with Save As; the file still holds the previous state.</source>
        <translation>La modification n’a pas pu être enregistrée dans {file} : le disque qui le contient semble plein ({why}). Libérez de la place, ou gardez une copie ailleurs avec « Enregistrer sous » ; le fichier contient toujours l’état précédent.</translation>
    </message>
    <message>
        <source>The change could not be saved to {file} ({why}); the file still holds the previous state.</source>
        <translation>La modification n’a pas pu être enregistrée dans {file} ({why}) ; le fichier contient toujours l’état précédent.</translation>
    </message>
    <message>
        <source>Cannot open {file} for writing: {why}.</source>
        <translation>Impossible d’ouvrir {file} en écriture : {why}.</translation>
    </message>
    <message>
        <source>The disk holding the file is full, so changes cannot be saved there.</source>
        <translation>Le disque qui contient le fichier est plein : les modifications ne peuvent pas y être enregistrées.</translation>
    </message>
    <message>
        <source>Cannot open {file}: the file is damaged ({why}). Open a backup copy instead; the damaged file has not been changed.</source>
        <translation>Impossible d’ouvrir {file} : le fichier est endommagé ({why}). Ouvrez plutôt une copie de sauvegarde ; le fichier endommagé n’a pas été modifié.</translation>
    </message>
    <message>
        <source>some of its text is garbled</source>
        <translation>une partie de son texte est illisible</translation>
    </message>
    <message>
        <source>Cannot open {file}: {why}</source>
        <translation>Impossible d’ouvrir {file} : {why}</translation>
    </message>
    <message>
        <source>The change was not saved: another program is changing {file} ({who}). Close that program or let it finish, then try again; the file still holds the previous state.</source>
        <translation>La modification n’a pas été enregistrée : un autre programme modifie {file} ({who}). Fermez ce programme ou laissez-le terminer, puis réessayez ; le fichier contient toujours l’état précédent.</translation>
    </message>
    <message>
        <source>Cannot open {file} for writing: another program is writing to it ({who}).</source>
        <translation>Impossible d’ouvrir {file} en écriture : un autre programme y écrit ({who}).</translation>
    </message>
    <message>
        <source>Cannot open {file}: reading it failed (disk I/O error). It may be open in another window or program, or have been moved or renamed while open: close those and try again. If it keeps failing, open a backup copy. The file has not been changed.</source>
        <translation>Impossible d’ouvrir {file} : sa lecture a échoué (erreur d’entrée-sortie du disque). Il est peut-être ouvert dans une autre fenêtre ou un autre programme, ou a été déplacé ou renommé pendant qu’il était ouvert : fermez-les et réessayez. Si l’échec se répète, ouvrez une copie de sauvegarde. Le fichier n’a pas été modifié.</translation>
    </message>
    <message>
        <source>Cannot open {file}: it was written by a newer version of Counterweight; upgrade Counterweight to open it.</source>
        <translation>Impossible d’ouvrir {file} : il a été écrit par une version plus récente de Counterweight ; mettez Counterweight à jour pour l’ouvrir.</translation>
    </message>
    <message>
        <source>the file is empty, so it is not a Counterweight project.</source>
        <translation>le fichier est vide : ce n’est donc pas un projet Counterweight.</translation>
    </message>
    <message>
        <source>it is not a Counterweight project file.</source>
        <translation>ce n’est pas un fichier de projet Counterweight.</translation>
    </message>
    <message>
        <source>the file is cut short</source>
        <translation>le fichier est tronqué</translation>
    </message>
    <message>
        <source>Cannot open {file}: the file does not exist.</source>
        <translation>Impossible d’ouvrir {file} : le fichier n’existe pas.</translation>
    </message>
    <message>
        <source>Cannot open {file}: it is a folder, not a file.</source>
        <translation>Impossible d’ouvrir {file} : c’est un dossier, pas un fichier.</translation>
    </message>
    <message>
        <source>Cannot open {file}: you do not have permission to read it.</source>
        <translation>Impossible d’ouvrir {file} : vous n’avez pas l’autorisation de le lire.</translation>
    </message>
    <message>
        <source>Cannot open {file}: {why}.</source>
        <translation>Impossible d’ouvrir {file} : {why}.</translation>
    </message>
    <message>
        <source>it is a database, but not a Counterweight project.</source>
        <translation>c’est une base de données, mais pas un projet Counterweight.</translation>
    </message>
    <message>
        <source>Cannot open {file} for writing: it is from an older version of Counterweight, and the copy kept before upgrading it could not be written ({why}).</source>
        <translation>Impossible d’ouvrir {file} en écriture : il vient d’une version plus ancienne de Counterweight, et la copie conservée avant sa mise à niveau n’a pas pu être écrite ({why}).</translation>
    </message>
    <message>
        <source>Cannot open {file}: another program is writing to it right now. Open it again once that program has finished.</source>
        <translation>Impossible d’ouvrir {file} : un autre programme y écrit en ce moment. Rouvrez-le quand ce programme aura terminé.</translation>
    </message>
    <message>
        <source>The project “{name}” is closed.</source>
        <translation>Le projet « {name} » est fermé.</translation>
    </message>
    <message>
        <source>Changes cannot be saved: {reason} Use Save As to keep a copy you can edit.</source>
        <translation>Les modifications ne peuvent pas être enregistrées : {reason} Utilisez « Enregistrer sous » pour garder une copie modifiable.</translation>
    </message>
    <message>
        <source>Changes cannot be saved: {reason}</source>
        <translation>Les modifications ne peuvent pas être enregistrées : {reason}</translation>
    </message>
    <message>
        <source>The change could not be saved: {problem}</source>
        <translation>La modification n’a pas pu être enregistrée : {problem}</translation>
    </message>
    <message>
        <source>“{name}” could not be read ({why}); the file may be damaged.</source>
        <translation>« {name} » n’a pas pu être lu ({why}) ; le fichier est peut-être endommagé.</translation>
    </message>
    <message>
        <source>the judgement {first} vs {second}</source>
        <translation>le jugement {first} / {second}</translation>
    </message>
    <message>
        <source>no judgement compares {first} with {second} ({n} of {total} comparisons are missing); AHP needs every pair</source>
        <translation>aucun jugement ne compare {first} à {second} ({n} comparaisons manquantes sur {total}) ; l’AHP demande toutes les paires</translation>
    </message>
    <message>
        <source>there are no criteria to compare</source>
        <translation>il n’y a aucun critère à comparer</translation>
    </message>
    <message>
        <source>{judgement} compares a criterion with itself</source>
        <translation>{judgement} compare un critère avec lui-même</translation>
    </message>
    <message>
        <source>{judgement} must be between 1/9 and 9 (it is {value:g})</source>
        <translation>{judgement} doit être compris entre 1/9 et 9 (il vaut {value:g})</translation>
    </message>
    <message>
        <source>a pairwise judgement refers to {criterion}, which is not one of the criteria being weighted</source>
        <translation>un jugement par paires porte sur {criterion}, qui ne fait pas partie des critères pondérés</translation>
    </message>
    <message>
        <source>{judgement} is given twice with different values ({one} and {other})</source>
        <translation>{judgement} est donné deux fois avec des valeurs différentes ({one} et {other})</translation>
    </message>
    <message>
        <source>there are no criteria to weight</source>
        <translation>il n’y a aucun critère à pondérer</translation>
    </message>
    <message>
        <source>at least one criterion needs more than 0 points</source>
        <translation>au moins un critère doit avoir plus de 0 point</translation>
    </message>
    <message>
        <source>the largest swing must be rated 100 and every other swing against it; the highest rating here is {top:g}</source>
        <translation>le plus grand swing doit être noté 100 et chaque autre swing par rapport à lui ; la note la plus haute ici est {top:g}</translation>
    </message>
    <message>
        <source>there are no criteria to rank</source>
        <translation>il n’y a aucun critère à classer</translation>
    </message>
    <message>
        <source>the points of {criterion} must be a number of 0 or more</source>
        <translation>les points de {criterion} doivent être un nombre supérieur ou égal à 0</translation>
    </message>
    <message>
        <source>the swing rating of {criterion} must be a number of 0 or more</source>
        <translation>la note de swing de {criterion} doit être un nombre supérieur ou égal à 0</translation>
    </message>
    <message>
        <source>the swing rating of {criterion} must be between 0 and 100 (it is {value:g})</source>
        <translation>la note de swing de {criterion} doit être comprise entre 0 et 100 (elle vaut {value:g})</translation>
    </message>
    <message>
        <source>the rank of {criterion} must be a whole number of 1 or more</source>
        <translation>le rang de {criterion} doit être un nombre entier supérieur ou égal à 1</translation>
    </message>
    <message>
        <source>the points of {criterion} must be a number</source>
        <translation>les points de {criterion} doivent être un nombre</translation>
    </message>
    <message>
        <source>the swing rating of {criterion} must be a number</source>
        <translation>la note de swing de {criterion} doit être un nombre</translation>
    </message>
    <message>
        <source>Another analyst is already called {name}; give each analyst a name of their own, so that the views, the history and the brief can tell them apart.</source>
        <translation>Un autre analyste s’appelle déjà {name} ; donnez à chaque analyste un nom qui lui est propre, pour que les vues, l’historique et la note de synthèse puissent les distinguer.</translation>
    </message>
    <message>
        <source>That analyst is no longer in the project.</source>
        <translation>Cet analyste ne fait plus partie du projet.</translation>
    </message>
    <message>
        <source>That option or criterion no longer exists.</source>
        <translation>Cette option ou ce critère n’existe plus.</translation>
    </message>
    <message>
        <source>That criterion no longer exists.</source>
        <translation>Ce critère n’existe plus.</translation>
    </message>
    <message>
        <source>{analyst}&apos;s weight of {criterion} must be a number of points, 0 or more.</source>
        <translation>Le poids donné par {analyst} à {criterion} doit être un nombre de points, 0 ou plus.</translation>
    </message>
    <message>
        <source>Some of those options or criteria no longer exist.</source>
        <translation>Certaines de ces options ou de ces critères n’existent plus.</translation>
    </message>
    <message>
        <source>1 score on {criterion} is a number ({options}), and a scale of named levels cannot hold it. Clear the 1 score on this criterion first, or add a new criterion with the scale you want.</source>
        <translation>1 note sur {criterion} est un nombre ({options}), et une échelle de niveaux nommés ne peut pas la contenir. Effacez d’abord cette note sur ce critère, ou ajoutez un nouveau critère avec l’échelle voulue.</translation>
    </message>
    <message>
        <source>{n} scores on {criterion} are numbers ({options}), and a scale of named levels cannot hold them. Clear the {n} scores on this criterion first, or add a new criterion with the scale you want.</source>
        <translation>{n} notes sur {criterion} sont des nombres ({options}), et une échelle de niveaux nommés ne peut pas les contenir. Effacez d’abord les {n} notes sur ce critère, ou ajoutez un nouveau critère avec l’échelle voulue.</translation>
    </message>
    <message>
        <source>1 score on {criterion} is a level ({options}), and a numeric scale cannot hold it. Clear the 1 score on this criterion first, or add a new criterion with the scale you want.</source>
        <translation>1 note sur {criterion} est un niveau ({options}), et une échelle numérique ne peut pas la contenir. Effacez d’abord cette note sur ce critère, ou ajoutez un nouveau critère avec l’échelle voulue.</translation>
    </message>
    <message>
        <source>{n} scores on {criterion} are levels ({options}), and a numeric scale cannot hold them. Clear the {n} scores on this criterion first, or add a new criterion with the scale you want.</source>
        <translation>{n} notes sur {criterion} sont des niveaux ({options}), et une échelle numérique ne peut pas les contenir. Effacez d’abord les {n} notes sur ce critère, ou ajoutez un nouveau critère avec l’échelle voulue.</translation>
    </message>
    <message>
        <source>Levels of {criterion} can only be renamed while it keeps named levels.</source>
        <translation>Les niveaux de {criterion} ne peuvent être renommés que s’il garde des niveaux nommés.</translation>
    </message>
    <message>
        <source>Two levels of {criterion} cannot be renamed to the same label.</source>
        <translation>Deux niveaux de {criterion} ne peuvent pas recevoir le même nom.</translation>
    </message>
    <message>
        <source>{option} (analyst {analyst})</source>
        <translation>{option} (analyste {analyst})</translation>
    </message>
    <message>
        <source>{criterion} has no level {level} to rename.</source>
        <translation>{criterion} n’a pas de niveau {level} à renommer.</translation>
    </message>
    <message>
        <source>Level {level} of {criterion} is renamed {new}, which is not a level.</source>
        <translation>Le niveau {level} de {criterion} est renommé {new}, qui n’est pas un niveau.</translation>
    </message>
    <message>
        <source>Remove the red line on {criterion} first: it is set in levels.</source>
        <translation>Supprimez d’abord la ligne rouge sur {criterion} : elle est fixée en niveaux.</translation>
    </message>
    <message>
        <source>Remove the red line on {criterion} first: it is set in numbers.</source>
        <translation>Supprimez d’abord la ligne rouge sur {criterion} : elle est fixée en nombres.</translation>
    </message>
    <message>
        <source>Level {level} of {criterion} is used by 1 score ({options}): set those scores to another level first, or keep the level.</source>
        <translation>Le niveau {level} de {criterion} est utilisé par 1 note ({options}) : passez d’abord cette note à un autre niveau, ou gardez le niveau.</translation>
    </message>
    <message>
        <source>Level {level} of {criterion} is used by {n} scores ({options}): set those scores to another level first, or keep the level.</source>
        <translation>Le niveau {level} de {criterion} est utilisé par {n} notes ({options}) : passez d’abord ces notes à un autre niveau, ou gardez le niveau.</translation>
    </message>
    <message>
        <source>The red line on {criterion} names level {level}: set it to another level first, or keep the level.</source>
        <translation>La ligne rouge sur {criterion} désigne le niveau {level} : passez-la d’abord à un autre niveau, ou gardez le niveau.</translation>
    </message>
    <message>
        <source>Some of those criteria no longer exist.</source>
        <translation>Certains de ces critères n’existent plus.</translation>
    </message>
    <message>
        <source>{criterion} holds other criteria, so it must stay a group.</source>
        <translation>{criterion} contient d’autres critères : il doit rester un groupe.</translation>
    </message>
    <message>
        <source>Score of {cell}: {problem}</source>
        <translation>Note de {cell} : {problem}</translation>
    </message>
    <message>
        <source>The destination group no longer exists.</source>
        <translation>Le groupe de destination n’existe plus.</translation>
    </message>
    <message>
        <source>{criterion} cannot be moved inside itself.</source>
        <translation>{criterion} ne peut pas être déplacé à l’intérieur de lui-même.</translation>
    </message>
    <message>
        <source>Criteria can only be placed inside a group.</source>
        <translation>Les critères ne peuvent être placés que dans un groupe.</translation>
    </message>
    <message>
        <source>Another criterion or group is already called {name}; give each criterion a name of its own, as the charts and the brief show criteria without their group.</source>
        <translation>Un autre critère ou groupe s’appelle déjà {name} : donnez à chaque critère un nom qui lui est propre, car les graphiques et la note de synthèse présentent les critères sans leur groupe.</translation>
    </message>
    <message>
        <source>A criterion in {group} is already called {name}; give each criterion a name of its own, as the charts and the brief show criteria without their group.</source>
        <translation>Un critère de {group} s’appelle déjà {name} : donnez à chaque critère un nom qui lui est propre, car les graphiques et la note de synthèse présentent les critères sans leur groupe.</translation>
    </message>
    <message>
        <source>the top level</source>
        <translation>le premier niveau</translation>
    </message>
    <message>
        <source>there are no criteria under {group} to weight</source>
        <translation>il n’y a aucun critère à pondérer sous {group}</translation>
    </message>
    <message>
        <source>the judgements for {group} mention criterion {id}, which does not exist</source>
        <translation>les jugements pour {group} mentionnent le critère {id}, qui n’existe pas</translation>
    </message>
    <message>
        <source>swing ratings for {group} are missing for {criteria}</source>
        <translation>les notes de swing pour {group} manquent pour {criteria}</translation>
    </message>
    <message>
        <source>importance ranks for {group} are missing for {criteria}</source>
        <translation>les rangs d’importance pour {group} manquent pour {criteria}</translation>
    </message>
    <message>
        <source>weight judgements refer to criterion {id}, which does not exist</source>
        <translation>des jugements de pondération portent sur le critère {id}, qui n’existe pas</translation>
    </message>
    <message>
        <source>{criterion} is a scored criterion; weights are set among the criteria inside a group</source>
        <translation>{criterion} est un critère noté ; les poids se fixent entre les critères d’un groupe</translation>
    </message>
    <message>
        <source>the judgements for {group} mention {criterion}, which is not directly under {group}</source>
        <translation>les jugements pour {group} mentionnent {criterion}, qui n’est pas directement sous {group}</translation>
    </message>
    <message>
        <source>weights under {group}: {problem}</source>
        <translation>poids sous {group} : {problem}</translation>
    </message>
    <message>
        <source>There are no weight judgements stored there.</source>
        <translation>Aucun jugement de pondération n’y est enregistré.</translation>
    </message>
    <message>
        <source>That source is no longer in the library.</source>
        <translation>Cette source n’est plus dans la bibliothèque.</translation>
    </message>
    <message>
        <source>Select a passage of the source&apos;s text first.</source>
        <translation>Sélectionnez d’abord un passage du texte de la source.</translation>
    </message>
    <message>
        <source>The selected passage is {n:,} characters long; link at most {most:,}.</source>
        <translation>Le passage sélectionné compte {n:,} caractères ; liez-en au plus {most:,}.</translation>
    </message>
    <message>
        <source>A source with id {id} is already in the library.</source>
        <translation>Une source d’identifiant {id} est déjà dans la bibliothèque.</translation>
    </message>
    <message>
        <source>“{title}” is cited as evidence by {n} score ({cells}). Removing it also removes those links.</source>
        <translation>« {title} » est citée comme preuve par {n} note ({cells}). La supprimer supprime aussi ces liens.</translation>
    </message>
    <message>
        <source>“{title}” is cited as evidence by {n} scores ({cells}). Removing it also removes those links.</source>
        <translation>« {title} » est citée comme preuve par {n} notes ({cells}). La supprimer supprime aussi ces liens.</translation>
    </message>
    <message>
        <source>{criterion} is a group; link evidence to one of its scored criteria.</source>
        <translation>{criterion} est un groupe ; liez la preuve à l’un de ses critères notés.</translation>
    </message>
    <message>
        <source>This passage is already linked to that score.</source>
        <translation>Ce passage est déjà lié à cette note.</translation>
    </message>
    <message>
        <source>That evidence is no longer linked to the score.</source>
        <translation>Cette preuve n’est plus liée à la note.</translation>
    </message>
    <message>
        <source>There is no analyst {id} in this project.</source>
        <translation>Il n’y a pas d’analyste {id} dans ce projet.</translation>
    </message>
    <message>
        <source>The history has no entry #{n}.</source>
        <translation>L’historique n’a pas d’entrée n° {n}.</translation>
    </message>
    <message>
        <source>History entry #{n} ({target}) cannot be restored: {why}</source>
        <translation>L’entrée n° {n} de l’historique ({target}) ne peut pas être rétablie : {why}</translation>
    </message>
    <message>
        <source>its option no longer exists.</source>
        <translation>son option n’existe plus.</translation>
    </message>
    <message>
        <source>its criterion no longer exists.</source>
        <translation>son critère n’existe plus.</translation>
    </message>
    <message>
        <source>the analyst&apos;s cell already holds that value.</source>
        <translation>la cellule de l’analyste contient déjà cette valeur.</translation>
    </message>
    <message>
        <source>no criterion is called “{name}” any more.</source>
        <translation>aucun critère ne s’appelle plus « {name} ».</translation>
    </message>
    <message>
        <source>several criteria are now called “{name}”.</source>
        <translation>plusieurs critères s’appellent désormais « {name} ».</translation>
    </message>
    <message>
        <source>that weight is already the analyst&apos;s.</source>
        <translation>ce poids est déjà celui de l’analyste.</translation>
    </message>
    <message>
        <source>the record already reads so.</source>
        <translation>la trace dit déjà cela.</translation>
    </message>
    <message>
        <source>“{action}” changes cannot be restored from the history; use Undo, or make the change again.</source>
        <translation>Les modifications « {action} » ne peuvent pas être rétablies depuis l’historique ; utilisez Annuler, ou refaites la modification.</translation>
    </message>
    <message>
        <source>the analyst is no longer in the project.</source>
        <translation>l’analyste ne fait plus partie du projet.</translation>
    </message>
    <message>
        <source>the criterion no longer exists.</source>
        <translation>le critère n’existe plus.</translation>
    </message>
    <message>
        <source>the criterion already has those details.</source>
        <translation>le critère a déjà ces informations.</translation>
    </message>
    <message>
        <source>its old value is not valid any more ({problem}).</source>
        <translation>son ancienne valeur n’est plus valide ({problem}).</translation>
    </message>
    <message>
        <source>the cell already holds that value.</source>
        <translation>la cellule contient déjà cette valeur.</translation>
    </message>
    <message>
        <source>that weight is already current.</source>
        <translation>ce poids est déjà celui en vigueur.</translation>
    </message>
    <message>
        <source>the option it recommends has been deleted since.</source>
        <translation>l’option qu’elle recommande a été supprimée depuis.</translation>
    </message>
    <message>
        <source>the option it records as decided has been deleted since.</source>
        <translation>l’option qu’elle consigne comme décidée a été supprimée depuis.</translation>
    </message>
    <message>
        <source>criteria no longer exist ({ids}).</source>
        <translation>des critères n’existent plus ({ids}).</translation>
    </message>
    <message>
        <source>those weights are already current.</source>
        <translation>ces poids sont déjà ceux en vigueur.</translation>
    </message>
    <message>
        <source>the option no longer exists.</source>
        <translation>l’option n’existe plus.</translation>
    </message>
    <message>
        <source>the option already has those details.</source>
        <translation>l’option a déjà ces informations.</translation>
    </message>
    <message>
        <source>“{name}”</source>
        <extracomment>Translators: a file&apos;s name in quotes, the subject of a sentence about the file</extracomment>
        <translation>« {name} »</translation>
    </message>
    <message>
        <source>{file} is not valid JSON: {what} at line {line}, column {column}.</source>
        <extracomment>Translators: {what} is the JSON reader&apos;s own English words, such as &quot;expecting value&quot;</extracomment>
        <translation>{file} n’est pas un fichier JSON valide : {what} à la ligne {line}, colonne {column}.</translation>
    </message>
    <message>
        <source>{file} holds the key {key} twice in the same object.</source>
        <translation>{file} contient deux fois la clé {key} dans le même objet.</translation>
    </message>
    <message>
        <source>{file} is nested too deeply to be a decision file.</source>
        <translation>{file} est imbriqué trop profondément pour être un fichier de décision.</translation>
    </message>
    <message>
        <source>{file} holds a number too long to be read (more than {limit:,} digits).</source>
        <translation>{file} contient un nombre trop long pour être lu (plus de {limit:,} chiffres).</translation>
    </message>
    <message>
        <source>A protective marking is at most {most} characters; this one has {n}.</source>
        <translation>Une mention de protection compte au plus {most} caractères ; celle-ci en a {n}.</translation>
    </message>
    <message>
        <source>Another option is already called {name}; give each option a name of its own, so that the matrix, the charts and the brief can tell them apart.</source>
        <translation>Une autre option s’appelle déjà {name} ; donnez à chaque option un nom qui lui est propre, pour que la matrice, les graphiques et la note de synthèse puissent les distinguer.</translation>
    </message>
    <message>
        <source>That option no longer exists.</source>
        <translation>Cette option n’existe plus.</translation>
    </message>
    <message>
        <source>This packet was already imported on {when} UTC by {user} (history entry #{n}); take that import back before importing it again.</source>
        <translation>Ce dossier a déjà été importé le {when} UTC par {user} (entrée n° {n} de l’historique) ; annulez cette importation avant de l’importer de nouveau.</translation>
    </message>
    <message>
        <source>This packet has not been filled in yet (it is the one exported for {analyst}); import the packet they return.</source>
        <translation>Ce dossier n’a pas encore été rempli (c’est celui exporté pour {analyst}) ; importez le dossier qu’il vous renverra.</translation>
    </message>
    <message>
        <source>This packet was not issued by this project (it came from another project called “{title}”, exported {when} UTC by {who}); open the project that exported it, perhaps a copy saved with Save As.</source>
        <translation>Ce dossier n’a pas été émis par ce projet (il vient d’un autre projet appelé « {title} », exporté le {when} UTC par {who}) ; ouvrez le projet qui l’a exporté, peut-être une copie enregistrée avec « Enregistrer sous ».</translation>
    </message>
    <message>
        <source>This packet was not issued by this project (it came from “{title}”, exported {when} UTC by {who}); open the project that exported it.</source>
        <translation>Ce dossier n’a pas été émis par ce projet (il vient de « {title} », exporté le {when} UTC par {who}) ; ouvrez le projet qui l’a exporté.</translation>
    </message>
    <message>
        <source>The packet does not match the one this project exported (content hash differs); it was altered after export.</source>
        <translation>Le dossier ne correspond pas à celui que ce projet a exporté (l’empreinte du contenu diffère) : il a été modifié après l’export.</translation>
    </message>
    <message>
        <source>1 value changed both in this project and in the packet since the export ({values}). Nothing was imported; choose which side to keep.</source>
        <translation>1 valeur a changé à la fois dans ce projet et dans le dossier depuis l’export ({values}). Rien n’a été importé ; choisissez quel côté garder.</translation>
    </message>
    <message>
        <source>{n} values changed both in this project and in the packet since the export ({values}). Nothing was imported; choose which side to keep.</source>
        <translation>{n} valeurs ont changé à la fois dans ce projet et dans le dossier depuis l’export ({values}). Rien n’a été importé ; choisissez quel côté garder.</translation>
    </message>
    <message>
        <source>This packet&apos;s answers are not imported in this project (never imported, or already taken back); there is nothing to take back.</source>
        <translation>Les réponses de ce dossier ne sont pas importées dans ce projet (jamais importées, ou déjà retirées) : il n’y a rien à retirer.</translation>
    </message>
    <message>
        <source>History entry #{n} does not record the values that import replaced, so it cannot be taken back.</source>
        <translation>L’entrée n° {n} de l’historique ne consigne pas les valeurs que l’importation a remplacées : elle ne peut pas être annulée.</translation>
    </message>
    <message>
        <source>This packet has already been filled in; import it into the project that issued it (File &gt; Elicitation packets &gt; Import returned packet).</source>
        <translation>Ce dossier a déjà été rempli ; importez-le dans le projet qui l’a émis (Fichier &gt; Dossiers d’élicitation &gt; Importer un dossier renvoyé).</translation>
    </message>
    <message>
        <source>“{name}” was not made from an elicitation packet, so there is nothing to return. Open the packet file you were sent (File &gt; Open) and fill it in there.</source>
        <translation>« {name} » n’a pas été créé à partir d’un dossier d’élicitation : il n’y a donc rien à renvoyer. Ouvrez le fichier de dossier qui vous a été envoyé (Fichier &gt; Ouvrir) et remplissez-le là.</translation>
    </message>
    <message>
        <source>The analyst {name} was removed from this working copy; their answers cannot be returned.</source>
        <translation>L’analyste {name} a été retiré de cette copie de travail : ses réponses ne peuvent pas être renvoyées.</translation>
    </message>
    <message>
        <source>The packet cannot be recorded: this project is open read-only. {reason}</source>
        <translation>Le dossier ne peut pas être consigné : ce projet est ouvert en lecture seule. {reason}</translation>
    </message>
    <message>
        <source>The packet cannot be recorded: this project is open read-only.</source>
        <translation>Le dossier ne peut pas être consigné : ce projet est ouvert en lecture seule.</translation>
    </message>
    <message>
        <source>{option} on {criterion}</source>
        <translation>{option} sur {criterion}</translation>
    </message>
    <message>
        <source>That weight set no longer exists.</source>
        <translation>Ce jeu de poids n’existe plus.</translation>
    </message>
    <message>
        <source>That scenario no longer exists.</source>
        <translation>Ce scénario n’existe plus.</translation>
    </message>
    <message>
        <source>That snapshot no longer exists.</source>
        <translation>Cet instantané n’existe plus.</translation>
    </message>
    <message>
        <source>Scenario {name} refers to option {id}, which does not exist.</source>
        <translation>Le scénario {name} porte sur l’option {id}, qui n’existe pas.</translation>
    </message>
    <message>
        <source>Scenario {name} refers to {id}, which is not a scored criterion.</source>
        <translation>Le scénario {name} porte sur {id}, qui n’est pas un critère noté.</translation>
    </message>
    <message>
        <source>Perspective {name} gives points to criterion {id}, which does not exist.</source>
        <translation>La perspective {name} donne des points au critère {id}, qui n’existe pas.</translation>
    </message>
    <message>
        <source>Scenario {name}: the score of {cell} must be one of the levels ({levels}).</source>
        <translation>Scénario {name} : la note de {cell} doit être l’un des niveaux ({levels}).</translation>
    </message>
    <message>
        <source>Scenario {name}: the score of {cell} must be a number from {lower:g} to {upper:g}.</source>
        <translation>Scénario {name} : la note de {cell} doit être un nombre de {lower:g} à {upper:g}.</translation>
    </message>
    <message>
        <source>{name} is neither a Counterweight project ({suffix}) nor a decision file (.json).</source>
        <translation>{name} n’est ni un projet Counterweight ({suffix}) ni un fichier de décision (.json).</translation>
    </message>
    <message>
        <source>There is no file at {path}.</source>
        <translation>Il n’y a pas de fichier à l’emplacement {path}.</translation>
    </message>
    <message>
        <source>That red line no longer exists.</source>
        <translation>Cette ligne rouge n’existe plus.</translation>
    </message>
    <message>
        <source>The criterion of this red line no longer exists.</source>
        <translation>Le critère de cette ligne rouge n’existe plus.</translation>
    </message>
    <message>
        <source>{criterion} is a group, not a scored criterion, so it cannot have a red line.</source>
        <translation>{criterion} est un groupe, pas un critère noté : il ne peut pas avoir de ligne rouge.</translation>
    </message>
    <message>
        <source>A red line with id {id} already exists.</source>
        <translation>Une ligne rouge d’identifiant {id} existe déjà.</translation>
    </message>
    <message>
        <source>This project is open read-only, so it cannot be changed.</source>
        <translation>Ce projet est ouvert en lecture seule : il ne peut pas être modifié.</translation>
    </message>
    <message>
        <source>This project is open read-only, so it cannot be changed. {reason}</source>
        <translation>Ce projet est ouvert en lecture seule : il ne peut pas être modifié. {reason}</translation>
    </message>
    <message>
        <source>Only a read-only project is read again from its file.</source>
        <translation>Seul un projet en lecture seule est relu depuis son fichier.</translation>
    </message>
    <message>
        <source>The file is larger than {limit} MB, the most Counterweight imports as a source. Import the relevant part only.</source>
        <translation>Le fichier dépasse {limit} Mo, le maximum que Counterweight importe comme source. N’importez que la partie utile.</translation>
    </message>
    <message>
        <source>Counterweight imports source text from .txt, .md and .html files, not “{kind}”.</source>
        <translation>Counterweight importe le texte des sources depuis des fichiers .txt, .md et .html, pas « {kind} ».</translation>
    </message>
    <message>
        <source>The file holds no text to import.</source>
        <translation>Le fichier ne contient aucun texte à importer.</translation>
    </message>
    <message>
        <source>The text is {n:,} characters long; a source can hold at most {most:,}. Import the relevant part only.</source>
        <translation>Le texte compte {n:,} caractères ; une source peut en contenir au plus {most:,}. N’importez que la partie utile.</translation>
    </message>
    <message>
        <source>The file is not {encoding} text (unreadable byte at position {at}). Save it as UTF-8 and import it again.</source>
        <translation>Le fichier n’est pas du texte {encoding} (octet illisible à la position {at}). Enregistrez-le en UTF-8 et importez-le de nouveau.</translation>
    </message>
    <message>
        <source>The file does not exist.</source>
        <translation>Le fichier n’existe pas.</translation>
    </message>
    <message>
        <source>That is a folder, not a file.</source>
        <translation>C’est un dossier, pas un fichier.</translation>
    </message>
    <message>
        <source>You do not have permission to read this file.</source>
        <translation>Vous n’avez pas l’autorisation de lire ce fichier.</translation>
    </message>
    <message>
        <source>The file could not be read ({why}).</source>
        <translation>Le fichier n’a pas pu être lu ({why}).</translation>
    </message>
    <message>
        <source>The file is empty: the first row must hold the column headings (option, criterion, score, ...).</source>
        <translation>Le fichier est vide : la première ligne doit contenir les en-têtes de colonne (option, critère, note…).</translation>
    </message>
    <message>
        <source>The file has {n} rows; at most {most} can be imported.</source>
        <translation>Le fichier compte {n} lignes ; au plus {most} peuvent être importées.</translation>
    </message>
    <message>
        <source>{name} is not UTF-8 text. In Excel, save it with the type &apos;CSV UTF-8 (Comma delimited)&apos;; in LibreOffice, choose the character set &apos;Unicode (UTF-8)&apos;.</source>
        <translation>{name} n’est pas du texte UTF-8. Dans Excel, enregistrez-le au type « CSV UTF-8 (délimité par des virgules) » ; dans LibreOffice, choisissez le jeu de caractères « Unicode (UTF-8) ».</translation>
    </message>
    <message>
        <source>{name} is not a CSV file, although its name says so: it looks like an Excel workbook or another zipped file. Rename it to end in .xlsx if it is a workbook; otherwise open it in Excel or LibreOffice and save it as an Excel workbook (.xlsx).</source>
        <translation>{name} n’est pas un fichier CSV, bien que son nom le dise : il ressemble à un classeur Excel ou à un autre fichier compressé. Renommez-le en .xlsx si c’est un classeur ; sinon, ouvrez-le dans Excel ou LibreOffice et enregistrez-le comme classeur Excel (.xlsx).</translation>
    </message>
    <message>
        <source>open it in Excel or LibreOffice and save it as an Excel workbook (.xlsx)</source>
        <translation>ouvrez-le dans Excel ou LibreOffice et enregistrez-le comme classeur Excel (.xlsx)</translation>
    </message>
    <message>
        <source>an old Excel 97-2003 workbook (.xls)</source>
        <translation>un ancien classeur Excel 97-2003 (.xls)</translation>
    </message>
    <message>
        <source>an OpenDocument spreadsheet (.ods), as LibreOffice and OpenOffice save</source>
        <translation>un classeur OpenDocument (.ods), comme en enregistrent LibreOffice et OpenOffice</translation>
    </message>
    <message>
        <source>an Apple Numbers spreadsheet (.numbers)</source>
        <translation>un classeur Apple Numbers (.numbers)</translation>
    </message>
    <message>
        <source>an Excel binary workbook (.xlsb)</source>
        <translation>un classeur Excel binaire (.xlsb)</translation>
    </message>
    <message>
        <source>{name} is not an Excel workbook ({suffix}), although its name says so</source>
        <translation>{name} n’est pas un classeur Excel ({suffix}), bien que son nom le dise</translation>
    </message>
    <message>
        <source>it is {kind}</source>
        <translation>c’est {kind}</translation>
    </message>
    <message>
        <source>If it is a CSV file (values separated by commas, semicolons or tabs), rename it to end in .csv; otherwise {save_as}.</source>
        <translation>Si c’est un fichier CSV (valeurs séparées par des virgules, des points-virgules ou des tabulations), renommez-le en .csv ; sinon, {save_as}.</translation>
    </message>
    <message>
        <source>Counterweight cannot import {name}: {what}, and the import reads Excel workbooks (.xlsx, .xlsm) and CSV files (.csv, .tsv). {advice}</source>
        <translation>Counterweight ne peut pas importer {name} : {what}, et l’importation lit les classeurs Excel (.xlsx, .xlsm) et les fichiers CSV (.csv, .tsv). {advice}</translation>
    </message>
    <message>
        <source>{problem}: it holds text, perhaps a CSV file that was renamed. Rename it to end in .csv, or {save_as}.</source>
        <translation>{problem} : il contient du texte, peut-être un fichier CSV renommé. Renommez-le en .csv, ou {save_as}.</translation>
    </message>
    <message>
        <source>The file {name} is larger than {limit} MB, far more than a decision needs; is it the right file?</source>
        <translation>Le fichier {name} dépasse {limit} Mo, bien plus qu’il n’en faut pour une décision ; est-ce le bon fichier ?</translation>
    </message>
    <message>
        <source>its name ends in {suffix}</source>
        <translation>son nom se termine par {suffix}</translation>
    </message>
    <message>
        <source>its name has no ending</source>
        <translation>son nom n’a pas d’extension</translation>
    </message>
    <message>
        <source>It looks like an Excel workbook: rename it to end in .xlsx.</source>
        <translation>Il ressemble à un classeur Excel : renommez-le en .xlsx.</translation>
    </message>
    <message>
        <source>To import it, {save_as}.</source>
        <translation>Pour l’importer, {save_as}.</translation>
    </message>
    <message>
        <source>{problem}: it is {kind}. To import it, {save_as}.</source>
        <translation>{problem} : c’est {kind}. Pour l’importer, {save_as}.</translation>
    </message>
    <message>
        <source>{name} looks like an Excel workbook but cannot be read; it may be damaged or protected by a password. Open it in Excel or LibreOffice and save it as an Excel workbook (.xlsx), without a password.</source>
        <translation>{name} ressemble à un classeur Excel mais ne peut pas être lu ; il est peut-être endommagé ou protégé par un mot de passe. Ouvrez-le dans Excel ou LibreOffice et enregistrez-le comme classeur Excel (.xlsx), sans mot de passe.</translation>
    </message>
    <message>
        <source>{problem}. To import it, {save_as}.</source>
        <translation>{problem}. Pour l’importer, {save_as}.</translation>
    </message>
    <message>
        <source>CSV file</source>
        <translation>le fichier CSV</translation>
    </message>
    <message>
        <source>Excel workbook</source>
        <translation>le classeur Excel</translation>
    </message>
    <message>
        <source>PDF brief</source>
        <translation>la note de synthèse en PDF</translation>
    </message>
    <message>
        <source>decision file</source>
        <translation>le fichier de décision</translation>
    </message>
    <message>
        <source>elicitation packet</source>
        <translation>le dossier d’élicitation</translation>
    </message>
    <message>
        <source>{where}: {message}</source>
        <extracomment>Translators: a place (a file, a field) and what is wrong there</extracomment>
        <translation>{where} : {message}</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <source>Counterweight</source>
        <translation>Counterweight</translation>
    </message>
    <message>
        <source>{0} and {1} more</source>
        <translation>{0} et {1} autres</translation>
    </message>
    <message>
        <source>• {0} ({1} times: {2})</source>
        <translation>• {0} ({1} fois : {2})</translation>
    </message>
    <message>
        <source>• and 1 other kind of problem</source>
        <translation>• et 1 autre type de problème</translation>
    </message>
    <message>
        <source>• and {0} other kinds of problem</source>
        <translation>• et {0} autres types de problème</translation>
    </message>
</context>
<context>
    <name>ErrorReportDialog</name>
    <message>
        <source>Something went wrong</source>
        <translation>Un problème est survenu</translation>
    </message>
    <message>
        <source>Counterweight ran into a problem it did not expect. Every change you made before this point is already saved. If this keeps happening, press Copy report and send the report to whoever supports Counterweight for you.</source>
        <translation>Counterweight a rencontré un problème inattendu. Toutes les modifications faites jusqu’ici sont déjà enregistrées. Si cela se reproduit, appuyez sur Copier le rapport et envoyez le rapport à la personne qui assure le support de Counterweight pour vous.</translation>
    </message>
    <message>
        <source>Technical report</source>
        <translation>Rapport technique</translation>
    </message>
    <message>
        <source>What went wrong, for whoever supports Counterweight</source>
        <translation>Ce qui s’est mal passé, pour la personne qui assure le support de Counterweight</translation>
    </message>
    <message>
        <source>Show &amp;report</source>
        <translation>Afficher le &amp;rapport</translation>
    </message>
    <message>
        <source>Show report</source>
        <translation>Afficher le rapport</translation>
    </message>
    <message>
        <source>Shows or hides the technical report</source>
        <translation>Affiche ou masque le rapport technique</translation>
    </message>
    <message>
        <source>&amp;Copy report</source>
        <translation>&amp;Copier le rapport</translation>
    </message>
    <message>
        <source>Copy report</source>
        <translation>Copier le rapport</translation>
    </message>
    <message>
        <source>Puts the report on the clipboard, to paste into a message</source>
        <translation>Place le rapport dans le presse-papiers, pour le coller dans un message</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Closes this message; Counterweight keeps running</source>
        <translation>Ferme ce message ; Counterweight continue de fonctionner</translation>
    </message>
    <message>
        <source>Hide &amp;report</source>
        <translation>Masquer le &amp;rapport</translation>
    </message>
</context>
<context>
    <name>EvidencePassages</name>
    <message>
        <source>Linked passages</source>
        <translation>Passages liés</translation>
    </message>
    <message>
        <source>Passages of sources linked to this score</source>
        <translation>Passages de sources liés à cette note</translation>
    </message>
    <message>
        <source>Each quoted passage with its source and credibility</source>
        <translation>Chaque passage cité avec sa source et sa crédibilité</translation>
    </message>
    <message>
        <source>Remove the selected passage from this score</source>
        <translation>Retirer de cette note le passage sélectionné</translation>
    </message>
    <message>
        <source>The source keeps its text; undo with Ctrl+Z</source>
        <translation>La source garde son texte ; Ctrl+Z annule</translation>
    </message>
    <message>
        <source>low credibility</source>
        <translation>crédibilité faible</translation>
    </message>
    <message>
        <source>medium credibility</source>
        <translation>crédibilité moyenne</translation>
    </message>
    <message>
        <source>high credibility</source>
        <translation>crédibilité élevée</translation>
    </message>
    <message>
        <source>Linked passages (of the shared score)</source>
        <translation>Passages liés (de la note commune)</translation>
    </message>
    <message>
        <source>Note: {0}</source>
        <translation>Remarque : {0}</translation>
    </message>
    <message>
        <source>Reference: {0}</source>
        <translation>Référence : {0}</translation>
    </message>
    <message>
        <source>Remove lin&amp;k</source>
        <translation>Retirer le &amp;lien</translation>
    </message>
</context>
<context>
    <name>ExportRunner</name>
    <message>
        <source>the spreadsheet export</source>
        <translation>l’export du classeur</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <source>Counterweight projects (*%1)</source>
        <translation>Projets Counterweight (*%1)</translation>
    </message>
    <message>
        <source>Decision files (*.json)</source>
        <translation>Fichiers de décision (*.json)</translation>
    </message>
    <message>
        <source>&amp;New decision…</source>
        <translation>&amp;Nouvelle décision…</translation>
    </message>
    <message>
        <source>Start a new decision in a new project file</source>
        <translation>Commencer une nouvelle décision dans un nouveau fichier de projet</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <source>Open a project file</source>
        <translation>Ouvrir un fichier de projet</translation>
    </message>
    <message>
        <source>&amp;Save checkpoint</source>
        <translation>&amp;Marquer comme enregistré</translation>
    </message>
    <message>
        <source>Changes are saved automatically; mark this point as saved</source>
        <translation>Les modifications sont enregistrées automatiquement ; marquer ce point comme enregistré</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Enregistrer &amp;sous…</translation>
    </message>
    <message>
        <source>Copy the project to a new file and continue there</source>
        <translation>Copier le projet dans un nouveau fichier et continuer dans celui-ci</translation>
    </message>
    <message>
        <source>Open the &amp;example as shipped</source>
        <translation>Ouvrir l’&amp;exemple d’origine</translation>
    </message>
    <message>
        <source>Open a new copy of the worked example, as it came with Counterweight</source>
        <translation>Ouvrir une nouvelle copie de l’exemple, tel que fourni avec Counterweight</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Close Counterweight</source>
        <translation>Fermer Counterweight</translation>
    </message>
    <message>
        <source>%1 already exists. Replace it?</source>
        <translation>%1 existe déjà. Le remplacer ?</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>Ouverture de %1…</translation>
    </message>
    <message>
        <source>Open project</source>
        <translation>Ouvrir un projet</translation>
    </message>
    <message>
        <source>Elicitation packets (*.cwpacket)</source>
        <translation>Dossiers d’élicitation (*.cwpacket)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>%1 is already open.</source>
        <translation>%1 est déjà ouvert.</translation>
    </message>
    <message>
        <source>Could not open %1</source>
        <translation>Impossible d’ouvrir %1</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1 ouvert</translation>
    </message>
    <message>
        <source>Could not prepare the example project</source>
        <translation>Impossible de préparer le projet d’exemple</translation>
    </message>
    <message>
        <source>Counterweight will open the example project instead.</source>
        <translation>Counterweight va ouvrir le projet d’exemple à la place.</translation>
    </message>
    <message>
        <source>Opened the example project: %1</source>
        <translation>Projet d’exemple ouvert : %1</translation>
    </message>
    <message>
        <source>Opened a new copy of the example: %1</source>
        <translation>Nouvelle copie de l’exemple ouverte : %1</translation>
    </message>
    <message>
        <source>New decision</source>
        <translation>Nouvelle décision</translation>
    </message>
    <message>
        <source>%1 is the project you have open. Choose another name.</source>
        <translation>%1 est le projet ouvert. Choisissez un autre nom.</translation>
    </message>
    <message>
        <source>Could not create %1</source>
        <translation>Impossible de créer %1</translation>
    </message>
    <message>
        <source>{0}: the file could not be used. It may be open in another program that keeps others out (Excel does): close it there and try again. Or this account may not be allowed to read or change it, or its folder: ask whoever looks after that folder. ({1})</source>
        <translation>{0} : le fichier n’a pas pu être utilisé. Il est peut-être ouvert dans un autre programme qui en bloque l’accès (c’est le cas d’Excel) : fermez-le dans ce programme et réessayez. Ou bien ce compte n’a pas le droit de lire ou de modifier le fichier, ou son dossier : adressez-vous à la personne qui gère ce dossier. ({1})</translation>
    </message>
    <message>
        <source>{0}: the file could not be used ({1}).</source>
        <translation>{0} : le fichier n’a pas pu être utilisé ({1}).</translation>
    </message>
    <message>
        <source>Created %1</source>
        <translation>%1 créé</translation>
    </message>
    <message>
        <source>Option %1</source>
        <translation>Option %1</translation>
    </message>
    <message>
        <source>Criterion %1</source>
        <translation>Critère %1</translation>
    </message>
    <message>
        <source>All changes are already saved automatically; checkpoint marked.</source>
        <translation>Toutes les modifications sont déjà enregistrées automatiquement ; point d’enregistrement marqué.</translation>
    </message>
    <message>
        <source>Save project as</source>
        <translation>Enregistrer le projet sous</translation>
    </message>
    <message>
        <source>Could not save as %1</source>
        <translation>Impossible d’enregistrer sous %1</translation>
    </message>
    <message>
        <source>Saved as %1; you are now working in this file.</source>
        <translation>Enregistré sous %1 ; vous travaillez maintenant dans ce fichier.</translation>
    </message>
    <message>
        <source>Save the imported decision as</source>
        <translation>Enregistrer la décision importée sous</translation>
    </message>
    <message>
        <source>Imported %1 into %2</source>
        <translation>%1 importé dans %2</translation>
    </message>
    <message>
        <source>No automatic backup could be made of %1: %2. Your changes are still saved in the project itself; free some space or check the folder, then reopen the project to make one.</source>
        <translation>Aucune sauvegarde automatique de %1 n’a pu être faite : %2. Vos modifications restent enregistrées dans le projet lui-même ; libérez de l’espace ou vérifiez le dossier, puis rouvrez le projet pour en faire une.</translation>
    </message>
    <message>
        <source>%1 is open read-only, so it cannot be saved over itself. Choose another name to save a copy you can change.</source>
        <translation>%1 est ouvert en lecture seule : il ne peut pas être enregistré sur lui-même. Choisissez un autre nom pour enregistrer une copie modifiable.</translation>
    </message>
</context>
<context>
    <name>FileDrops</name>
    <message>
        <source>Drop one file at a time: %1 files were dropped, and none was opened.</source>
        <translation>Déposez un seul fichier à la fois : %1 fichiers ont été déposés, et aucun n’a été ouvert.</translation>
    </message>
    <message>
        <source>%1 is a folder.</source>
        <translation>%1 est un dossier.</translation>
    </message>
    <message>
        <source>%1 is not a file Counterweight opens.</source>
        <translation>%1 n’est pas un fichier que Counterweight sait ouvrir.</translation>
    </message>
    <message>
        <source>Save it as an Excel workbook (.xlsx) first, then drop that.</source>
        <translation>Enregistrez-le d’abord comme classeur Excel (.xlsx), puis déposez celui-ci.</translation>
    </message>
    <message>
        <source>Drop a project (.counterweight), a spreadsheet (.xlsx or .csv) or an elicitation packet (.cwpacket).</source>
        <translation>Déposez un projet (.counterweight), un classeur (.xlsx ou .csv) ou un dossier d’élicitation (.cwpacket).</translation>
    </message>
    <message>
        <source>%1 is a returned elicitation packet; it can only be imported into a project open for changes.</source>
        <translation>%1 est un dossier d’élicitation renvoyé ; il ne peut être importé que dans un projet ouvert et modifiable.</translation>
    </message>
</context>
<context>
    <name>FileFollower</name>
    <message>
        <source>reading the project again</source>
        <translation>la relecture du projet</translation>
    </message>
    <message>
        <source>Updated with the changes saved in the other window.</source>
        <translation>Mis à jour avec les modifications enregistrées dans l’autre fenêtre.</translation>
    </message>
    <message>
        <source>The changes saved in the other window could not be read, so this window still shows the project as it was last read. %1</source>
        <translation>Les modifications enregistrées dans l’autre fenêtre n’ont pas pu être lues : cette fenêtre montre donc toujours le projet tel qu’il a été lu la dernière fois. %1</translation>
    </message>
</context>
<context>
    <name>HelpActions</name>
    <message>
        <source>User &amp;guide</source>
        <translation>&amp;Guide de l’utilisateur</translation>
    </message>
    <message>
        <source>Open the user guide at the section about the panel in use (F1)</source>
        <translation>Ouvrir le guide de l’utilisateur à la section du panneau en cours (F1)</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <source>Counterweight user guide</source>
        <translation>Guide de l’utilisateur de Counterweight (en anglais)</translation>
    </message>
    <message>
        <source>User guide text</source>
        <translation>Texte du guide</translation>
    </message>
    <message>
        <source>The user guide; links jump to its sections</source>
        <translation>Le guide de l’utilisateur ; les liens mènent à ses sections</translation>
    </message>
    <message>
        <source>Search the guide</source>
        <translation>Rechercher dans le guide</translation>
    </message>
    <message>
        <source>Type a word and press Enter to find it in the guide</source>
        <translation>Tapez un mot et appuyez sur Entrée pour le trouver dans le guide</translation>
    </message>
    <message>
        <source>Search the guide (Enter finds the next match)</source>
        <translation>Rechercher dans le guide (Entrée trouve l’occurrence suivante)</translation>
    </message>
    <message>
        <source>&amp;Find next</source>
        <translation>&amp;Suivant</translation>
    </message>
    <message>
        <source>Find next</source>
        <translation>Occurrence suivante</translation>
    </message>
    <message>
        <source>Moves to the next place the search word appears</source>
        <translation>Passe à l’endroit suivant où le mot cherché apparaît</translation>
    </message>
    <message>
        <source>&amp;Contents</source>
        <translation>&amp;Sommaire</translation>
    </message>
    <message>
        <source>Back to the contents</source>
        <translation>Retour au sommaire</translation>
    </message>
    <message>
        <source>Returns to the top of the guide</source>
        <translation>Revient au début du guide</translation>
    </message>
    <message>
        <source>Search result</source>
        <translation>Résultat de la recherche</translation>
    </message>
    <message>
        <source>Says whether the search word was found</source>
        <translation>Indique si le mot cherché a été trouvé</translation>
    </message>
    <message>
        <source>No section “{0}” in the guide.</source>
        <translation>Pas de section « {0} » dans le guide.</translation>
    </message>
    <message>
        <source>“{0}” is not in the guide.</source>
        <translation>« {0} » n’est pas dans le guide.</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Filter by analyst</source>
        <translation>Filtrer par analyste</translation>
    </message>
    <message>
        <source>Entries that changed one named analyst&apos;s own inputs, or the shared inputs</source>
        <translation>Les entrées qui ont modifié les saisies propres d’un analyste nommé, ou les données communes</translation>
    </message>
    <message>
        <source>Filter by user account</source>
        <translation>Filtrer par compte utilisateur</translation>
    </message>
    <message>
        <source>Entries saved by one operating-system account</source>
        <translation>Les entrées enregistrées par un compte du système d’exploitation</translation>
    </message>
    <message>
        <source>Filter by element</source>
        <translation>Filtrer par élément</translation>
    </message>
    <message>
        <source>Element name or id</source>
        <translation>Nom ou identifiant de l’élément</translation>
    </message>
    <message>
        <source>Shows entries whose element name or id has this</source>
        <translation>Affiche les entrées dont le nom ou l’identifiant de l’élément contient ce texte</translation>
    </message>
    <message>
        <source>Da&amp;tes from</source>
        <translation>Da&amp;tes du</translation>
    </message>
    <message>
        <source>Filter by date</source>
        <translation>Filtrer par date</translation>
    </message>
    <message>
        <source>Shows only entries between the two dates</source>
        <translation>N’affiche que les entrées comprises entre les deux dates</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Date de début</translation>
    </message>
    <message>
        <source>First day shown, as year-month-day</source>
        <translation>Premier jour affiché, sous la forme année-mois-jour</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Date de fin</translation>
    </message>
    <message>
        <source>Last day shown, as year-month-day</source>
        <translation>Dernier jour affiché, sous la forme année-mois-jour</translation>
    </message>
    <message>
        <source>Analyst:</source>
        <translation>Analyste :</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>Utilisateur :</translation>
    </message>
    <message>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <source>History entries</source>
        <translation>Entrées de l’historique</translation>
    </message>
    <message>
        <source>Every saved change; double-click goes to it</source>
        <translation>Chaque modification enregistrée ; un double-clic y conduit</translation>
    </message>
    <message>
        <source>History verification</source>
        <translation>Vérification de l’historique</translation>
    </message>
    <message>
        <source>Whether the history is intact</source>
        <translation>Si l’historique est intact</translation>
    </message>
    <message>
        <source>Head hash</source>
        <translation>Hachage final</translation>
    </message>
    <message>
        <source>Fingerprint of the history; keep a copy</source>
        <translation>Empreinte de l’historique ; gardez-en une copie</translation>
    </message>
    <message>
        <source>Record this value outside the project (for example in the brief): a history rewritten later will no longer contain it.</source>
        <translation>Notez cette valeur hors du projet (par exemple dans la note de synthèse) : un historique réécrit plus tard ne la contiendra plus.</translation>
    </message>
    <message>
        <source>History message</source>
        <translation>Message de l’historique</translation>
    </message>
    <message>
        <source>The result of the last action on the history</source>
        <translation>Le résultat de la dernière action sur l’historique</translation>
    </message>
    <message>
        <source>Go to element</source>
        <translation>Aller à l’élément</translation>
    </message>
    <message>
        <source>Selects the entry&apos;s option, criterion or score</source>
        <translation>Sélectionne l’option, le critère ou la note de l’entrée</translation>
    </message>
    <message>
        <source>Restore this value</source>
        <translation>Restaurer cette valeur</translation>
    </message>
    <message>
        <source>Sets the value back to before this entry</source>
        <translation>Remet la valeur d’avant cette entrée</translation>
    </message>
    <message>
        <source>Verify &amp;again</source>
        <translation>&amp;Vérifier à nouveau</translation>
    </message>
    <message>
        <source>Co&amp;py head hash</source>
        <translation>Copier le &amp;hachage final</translation>
    </message>
    <message>
        <source>Verify history again</source>
        <translation>Vérifier à nouveau l’historique</translation>
    </message>
    <message>
        <source>Go to e&amp;lement</source>
        <translation>Aller à l’éléme&amp;nt</translation>
    </message>
    <message>
        <source>Restore this val&amp;ue</source>
        <translation>&amp;Restaurer cette valeur</translation>
    </message>
    <message>
        <source>Checks that no entry was changed or removed</source>
        <translation>Vérifie qu’aucune entrée n’a été modifiée ni supprimée</translation>
    </message>
    <message>
        <source>Copy head hash</source>
        <translation>Copier le hachage final</translation>
    </message>
    <message>
        <source>Puts the head hash on the clipboard</source>
        <translation>Place le hachage final dans le presse-papiers</translation>
    </message>
    <message>
        <source>All users</source>
        <translation>Tous les utilisateurs</translation>
    </message>
    <message>
        <source>Shared inputs</source>
        <translation>Données communes</translation>
    </message>
    <message>
        <source>All analysts</source>
        <translation>Tous les analystes</translation>
    </message>
    <message>
        <source>History verified: 1 entry, chain intact</source>
        <translation>Historique vérifié : 1 entrée, chaîne intacte</translation>
    </message>
    <message numerus="yes">
        <source>History verified: %n entries, chain intact</source>
        <translation>
            <numerusform>Historique vérifié : %n entrée, chaîne intacte</numerusform>
            <numerusform>Historique vérifié : %n entrées, chaîne intacte</numerusform>
        </translation>
    </message>
    <message>
        <source>Head hash: %1</source>
        <translation>Hachage final : %1</translation>
    </message>
    <message>
        <source>History altered at entry %1</source>
        <translation>Historique altéré à l’entrée %1</translation>
    </message>
    <message>
        <source>History altered</source>
        <translation>Historique altéré</translation>
    </message>
    <message>
        <source>The analyst whose value entry %1 changed is no longer in the project; the view is unchanged.</source>
        <translation>L’analyste dont l’entrée %1 a modifié la valeur ne fait plus partie du projet ; la vue reste la même.</translation>
    </message>
    <message>
        <source>Showing %1&apos;s view: entry #%2 changed a value of their own.</source>
        <translation>Vue de %1 affichée : l’entrée n° %2 a modifié une de ses propres valeurs.</translation>
    </message>
    <message>
        <source>Showing the shared inputs: entry #%1 changed a shared value.</source>
        <translation>Données communes affichées : l’entrée n° %1 a modifié une valeur commune.</translation>
    </message>
    <message>
        <source>The element of entry %1 no longer exists.</source>
        <translation>L’élément de l’entrée %1 n’existe plus.</translation>
    </message>
    <message>
        <source>Restored the value from entry %1.</source>
        <translation>Valeur de l’entrée %1 restaurée.</translation>
    </message>
</context>
<context>
    <name>HistoryTableModel</name>
    <message>
        <source>Written by Edit &gt; Redo: it made the step named after “Redo:” again.</source>
        <translation>Écrit par Édition &gt; Rétablir : l’étape nommée après « Rétablissement : » a été refaite.</translation>
    </message>
    <message>
        <source>Written by Edit &gt; Undo: it took back the step named after “Undo:”.</source>
        <translation>Écrit par Édition &gt; Annuler : l’étape nommée après « Annulation : » a été défaite.</translation>
    </message>
    <message>
        <source>#</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Old value</source>
        <translation>Ancienne valeur</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>Nouvelle valeur</translation>
    </message>
    <message>
        <source>As recorded:</source>
        <translation>Tel qu’enregistré :</translation>
    </message>
</context>
<context>
    <name>JsonActions</name>
    <message>
        <source>&amp;Import decision JSON…</source>
        <translation>&amp;Importer une décision JSON…</translation>
    </message>
    <message>
        <source>Create a project from a decision (.json) file</source>
        <translation>Créer un projet à partir d’un fichier de décision (.json)</translation>
    </message>
    <message>
        <source>&amp;Export decision JSON…</source>
        <translation>&amp;Exporter la décision en JSON…</translation>
    </message>
    <message>
        <source>Write the decision to a .json file others can import</source>
        <translation>Écrire la décision dans un fichier .json que d’autres peuvent importer</translation>
    </message>
    <message>
        <source>Import decision</source>
        <translation>Importer une décision</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Could not import %1</source>
        <translation>Impossible d’importer %1</translation>
    </message>
    <message>
        <source>Export decision</source>
        <translation>Exporter la décision</translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>Export vers %1…</translation>
    </message>
    <message>
        <source>Could not export to %1</source>
        <translation>Impossible d’exporter vers %1</translation>
    </message>
    <message>
        <source>Exported the decision to %1</source>
        <translation>Décision exportée vers %1</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Choose the language of the interface; it applies at the next start.</source>
        <translation>Choisir la langue de l&apos;interface ; elle s&apos;applique au prochain démarrage.</translation>
    </message>
    <message>
        <source>&amp;System language</source>
        <translation>Langue du &amp;système</translation>
    </message>
    <message>
        <source>the system language</source>
        <translation>la langue du système</translation>
    </message>
    <message>
        <source>Counterweight will use {0} the next time it starts.</source>
        <translation>Counterweight utilisera {0} au prochain démarrage.</translation>
    </message>
    <message>
        <source>For now the {0} setting ({1}) still decides the language.</source>
        <translation>Pour l&apos;instant, le réglage {0} ({1}) décide encore de la langue.</translation>
    </message>
</context>
<context>
    <name>Launcher</name>
    <message>
        <source>Counterweight was updated while open; restart it when convenient.</source>
        <translation>Counterweight a été mis à jour pendant son utilisation ; redémarrez-le quand cela vous convient.</translation>
    </message>
</context>
<context>
    <name>LinkPassageDialog</name>
    <message>
        <source>Link passage to a score</source>
        <translation>Lier un passage à une note</translation>
    </message>
    <message>
        <source>Selected passage</source>
        <translation>Passage sélectionné</translation>
    </message>
    <message>
        <source>The passage that will be quoted as evidence</source>
        <translation>Le passage qui sera cité comme preuve</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Options</translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation>Critères</translation>
    </message>
    <message>
        <source>{0} is shown, but the passage will be linked to the shared scores: library evidence belongs to the shared inputs, not to an analyst&apos;s own scores.</source>
        <translation>{0} est affichée, mais le passage sera lié aux notes communes : les preuves de la bibliothèque appartiennent aux données communes, non aux notes propres d’un analyste.</translation>
    </message>
    <message>
        <source>Where the passage is linked</source>
        <translation>Où le passage est lié</translation>
    </message>
    <message>
        <source>Number of scores to link</source>
        <translation>Nombre de notes à lier</translation>
    </message>
    <message>
        <source>How many scores the passage will be linked to</source>
        <translation>À combien de notes le passage sera lié</translation>
    </message>
    <message>
        <source>Credibility of this evidence</source>
        <translation>Crédibilité de cette preuve</translation>
    </message>
    <message>
        <source>How far this passage supports the score</source>
        <translation>Dans quelle mesure ce passage étaye la note</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Faible</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Moyenne</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Élevée</translation>
    </message>
    <message>
        <source>How far this passage supports the score (low, medium, high).</source>
        <translation>Dans quelle mesure ce passage étaye la note (faible, moyenne, élevée).</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <source>How the passage bears on the score (optional)</source>
        <translation>En quoi le passage concerne la note (facultatif)</translation>
    </message>
    <message>
        <source>How the passage bears on the score</source>
        <translation>En quoi le passage concerne la note</translation>
    </message>
    <message>
        <source>&amp;Options:</source>
        <translation>&amp;Options :</translation>
    </message>
    <message>
        <source>Cr&amp;iteria:</source>
        <translation>&amp;Critères :</translation>
    </message>
    <message>
        <source>C&amp;redibility:</source>
        <translation>Cré&amp;dibilité :</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Remarque :</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Lier</translation>
    </message>
    <message>
        <source>Tick each one the passage applies to; Space ticks</source>
        <translation>Cochez chacun de ceux auxquels le passage s’applique ; Espace coche</translation>
    </message>
    <message>
        <source>The passage will be linked to 1 shared score.</source>
        <translation>Le passage sera lié à 1 note commune.</translation>
    </message>
    <message numerus="yes">
        <source>The passage will be linked to %n shared scores.</source>
        <translation>
            <numerusform>Le passage sera lié à %n note commune.</numerusform>
            <numerusform>Le passage sera lié à %n notes communes.</numerusform>
        </translation>
    </message>
    <message>
        <source>The passage will be linked to 1 score.</source>
        <translation>Le passage sera lié à 1 note.</translation>
    </message>
    <message numerus="yes">
        <source>The passage will be linked to %n scores.</source>
        <translation>
            <numerusform>Le passage sera lié à %n note.</numerusform>
            <numerusform>Le passage sera lié à %n notes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Lists</name>
    <message>
        <source>{0} and {1}</source>
        <extracomment>Translators: a place (a file, a field) and what is wrong there Translators: the last two of a list of names, as in &quot;A, B and C&quot;</extracomment>
        <translation>{0} et {1}</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>LocalTimes</name>
    <message>
        <source>%1 (local time)</source>
        <translation>%1 (heure locale)</translation>
    </message>
    <message>
        <source>Local time of this computer (%1). The brief gives each time with its offset from UTC; counterweight audit log lists times in UTC.</source>
        <translation>Heure locale de cet ordinateur (%1). La note de synthèse donne chaque heure avec son décalage par rapport à UTC ; counterweight audit log liste les heures en UTC.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Counterweight cannot use its folder {folder}: {reason}.

Make sure that folder (or the file in its place) can be created and written to, or set the COUNTERWEIGHT_HOME environment variable to a folder you can write to.</source>
        <extracomment>Translators: shown when the window cannot start; {folder} is a path, {reason} the system&apos;s reason (such as &quot;Not a directory&quot;).</extracomment>
        <translation>Counterweight ne peut pas utiliser son dossier {folder} : {reason}.

Vérifiez que ce dossier (ou le fichier qui occupe sa place) peut être créé et modifié, ou indiquez dans la variable d’environnement COUNTERWEIGHT_HOME un dossier où vous pouvez écrire.</translation>
    </message>
    <message>
        <source>Counterweight could not open any project, not even the example. Check that your Counterweight folder can be written to.</source>
        <extracomment>Translators: shown when the window cannot start because no project opened at all.</extracomment>
        <translation>Counterweight n’a pu ouvrir aucun projet, pas même l’exemple. Vérifiez que votre dossier Counterweight est accessible en écriture.</translation>
    </message>
    <message>
        <source>Counterweight</source>
        <translation>Counterweight</translation>
    </message>
    <message>
        <source>Counterweight was started with --read-only.</source>
        <translation>Counterweight a été lancé avec --read-only.</translation>
    </message>
    <message>
        <source>Project file</source>
        <translation>Fichier du projet</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Historique</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>&amp;Options</source>
        <translation>&amp;Options</translation>
    </message>
    <message>
        <source>Cr&amp;iteria</source>
        <translation>Cr&amp;itères</translation>
    </message>
    <message>
        <source>&amp;Analysts…</source>
        <translation>A&amp;nalystes…</translation>
    </message>
    <message>
        <source>&amp;Decision details…</source>
        <translation>&amp;Détails de la décision…</translation>
    </message>
    <message>
        <source>Reco&amp;mmendation and decision…</source>
        <translation>Reco&amp;mmandation et décision…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>Ev&amp;idence</source>
        <translation>Pre&amp;uves</translation>
    </message>
    <message>
        <source>Whose &amp;judgements:</source>
        <translation>&amp;Jugements de :</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>&amp;About Counterweight</source>
        <translation>À &amp;propos de Counterweight</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <source>&amp;Source library…</source>
        <translation>Bibliothèque de &amp;sources…</translation>
    </message>
    <message>
        <source>&amp;Highlight unsupported scores</source>
        <translation>Si&amp;gnaler les notes sans preuve</translation>
    </message>
    <message>
        <source>Hatch the scores that rest on no evidence</source>
        <translation>Hachurer les notes qui ne reposent sur aucune preuve</translation>
    </message>
    <message>
        <source>Open a project first.</source>
        <translation>Ouvrez d’abord un projet.</translation>
    </message>
    <message>
        <source>Analyst view</source>
        <translation>Vue d’analyste</translation>
    </message>
    <message>
        <source>(read-only)</source>
        <translation>(lecture seule)</translation>
    </message>
</context>
<context>
    <name>MarkingDialog</name>
    <message>
        <source>Protective marking</source>
        <translation>Mention de protection</translation>
    </message>
    <message>
        <source>The marking is shown across the top of the window and printed at the top and bottom of every page of a brief. Choose one or type your own (one line, up to {0} characters); leave it empty for none.</source>
        <translation>La mention est affichée en haut de la fenêtre et imprimée en haut et en bas de chaque page d’une note de synthèse. Choisissez-en une ou tapez la vôtre (une ligne, {0} caractères au plus) ; laissez vide pour n’en avoir aucune.</translation>
    </message>
    <message>
        <source>Pick a marking or type your own; leave it empty for none</source>
        <translation>Choisissez une mention ou tapez la vôtre ; laissez vide pour n’en avoir aucune</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucune)</translation>
    </message>
    <message>
        <source>e.g. OFFICIAL-SENSITIVE</source>
        <translation>p. ex. DIFFUSION RESTREINTE</translation>
    </message>
</context>
<context>
    <name>MethodRanksChart</name>
    <message>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <source>Rank of each option under each method</source>
        <translation>Rang de chaque option selon chaque méthode</translation>
    </message>
    <message>
        <source>Shared rank (tie)</source>
        <translation>Rang partagé (ex æquo)</translation>
    </message>
    <message>
        <source>{option} — {method}: rank {rank}</source>
        <translation>{option} — {method} : rang {rank}</translation>
    </message>
</context>
<context>
    <name>MethodScoreChart</name>
    <message>
        <source>closeness</source>
        <translation>proximité</translation>
    </message>
    <message>
        <source>Closeness to the ideal, C (1 = ideal)</source>
        <translation>Proximité de l’idéal, C (1 = idéal)</translation>
    </message>
    <message>
        <source>net flow</source>
        <translation>flux net</translation>
    </message>
    <message>
        <source>Net flow φ (higher is better)</source>
        <translation>Flux net φ (plus haut est mieux)</translation>
    </message>
    <message>
        <source>1 − Q</source>
        <translation>1 − Q</translation>
    </message>
    <message>
        <source>1 − Q (VIKOR; 1 = best)</source>
        <translation>1 − Q (VIKOR ; 1 = meilleur)</translation>
    </message>
    <message>
        <source>score</source>
        <translation>note</translation>
    </message>
    <message>
        <source>Score out of 100</source>
        <translation>Note sur 100</translation>
    </message>
    <message>
        <source>Ranked</source>
        <translation>Classée</translation>
    </message>
    <message>
        <source>VIKOR compromise solution</source>
        <translation>Solution de compromis VIKOR</translation>
    </message>
    <message>
        <source>Excluded by a red line</source>
        <translation>Exclue par une ligne rouge</translation>
    </message>
    <message>
        <source>Top {0} of {1} options</source>
        <translation>Les {0} premières options sur {1}</translation>
    </message>
    <message>
        <source>rank {0}</source>
        <translation>rang {0}</translation>
    </message>
    <message>
        <source>excluded by a red line</source>
        <translation>exclue par une ligne rouge</translation>
    </message>
    <message>
        <source>{option}: {measure} {number} ({where})</source>
        <translation>{option} : {measure} {number} ({where})</translation>
    </message>
</context>
<context>
    <name>MethodSettingsDialog</name>
    <message>
        <source>Method settings</source>
        <translation>Paramètres de la méthode</translation>
    </message>
    <message>
        <source>Aggregation method</source>
        <translation>Méthode d’agrégation</translation>
    </message>
    <message>
        <source>How the weighted scores are combined into one ranking</source>
        <translation>Comment les notes pondérées sont combinées en un classement</translation>
    </message>
    <message>
        <source>&amp;Method used for the ranking:</source>
        <translation>&amp;Méthode utilisée pour le classement :</translation>
    </message>
    <message>
        <source>Settings of each method</source>
        <translation>Paramètres de chaque méthode</translation>
    </message>
    <message>
        <source>One page per family of methods; Ctrl+Tab moves between pages</source>
        <translation>Une page par famille de méthodes ; Ctrl+Tab passe d’une page à l’autre</translation>
    </message>
    <message>
        <source>Weighted sum / product</source>
        <translation>Somme / produit pondérés</translation>
    </message>
    <message>
        <source>TOPSIS</source>
        <translation>TOPSIS</translation>
    </message>
    <message>
        <source>PROMETHEE II</source>
        <translation>PROMETHEE II</translation>
    </message>
    <message>
        <source>VIKOR</source>
        <translation>VIKOR</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <source>What must be fixed before OK can be pressed</source>
        <translation>Ce qu’il faut corriger avant de pouvoir appuyer sur OK</translation>
    </message>
    <message>
        <source>The weighted sum and the weighted product turn every score into a value from 0 to 1 first. Value functions use each criterion&apos;s own scale; the others rescale against the options being compared.</source>
        <translation>La somme pondérée et le produit pondéré transforment d’abord chaque note en une valeur de 0 à 1. Les fonctions de valeur utilisent l’échelle propre à chaque critère ; les autres normalisations se règlent sur les options comparées.</translation>
    </message>
    <message>
        <source>Normalisation</source>
        <translation>Normalisation</translation>
    </message>
    <message>
        <source>How scores are brought to a common 0 to 1 scale</source>
        <translation>Comment les notes sont ramenées sur une échelle commune de 0 à 1</translation>
    </message>
    <message>
        <source>&amp;Normalisation:</source>
        <translation>&amp;Normalisation :</translation>
    </message>
    <message>
        <source>TOPSIS ranks options by how close they come to an ideal option and how far from the worst. Vector normalisation is Hwang and Yoon&apos;s original; min-max stretches every criterion to 0-1.</source>
        <translation>TOPSIS classe les options selon leur proximité d’une option idéale et leur éloignement de la pire. La normalisation vectorielle est celle d’origine de Hwang et Yoon ; la normalisation min-max étire chaque critère sur 0-1.</translation>
    </message>
    <message>
        <source>TOPSIS normalisation</source>
        <translation>Normalisation TOPSIS</translation>
    </message>
    <message>
        <source>How TOPSIS scales the scores before measuring distances</source>
        <translation>Comment TOPSIS met les notes à l’échelle avant de mesurer les distances</translation>
    </message>
    <message>
        <source>Vector (Euclidean)</source>
        <translation>Vectorielle (euclidienne)</translation>
    </message>
    <message>
        <source>Min-max across options</source>
        <translation>Min-max sur les options</translation>
    </message>
    <message>
        <source>&amp;TOPSIS normalisation:</source>
        <translation>Normalisation &amp;TOPSIS :</translation>
    </message>
    <message>
        <source>VIKOR balances the best result for the group of criteria as a whole (S) against the worst regret on any single criterion (R). v is the weight of the first: 0.5 balances both; above 0.5 favours the majority of criteria, below 0.5 avoids any single large regret.</source>
        <translation>VIKOR met en balance le meilleur résultat pour l’ensemble des critères (S) et le pire regret sur un seul critère (R). v est le poids du premier : 0,5 équilibre les deux ; au-dessus de 0,5, la majorité des critères est favorisée ; en dessous, on évite tout grand regret isolé.</translation>
    </message>
    <message>
        <source>VIKOR v slider</source>
        <translation>Curseur v de VIKOR</translation>
    </message>
    <message>
        <source>Weight of the group result against the worst regret, 0 to 1</source>
        <translation>Poids du résultat d’ensemble face au pire regret, de 0 à 1</translation>
    </message>
    <message>
        <source>VIKOR v</source>
        <translation>v de VIKOR</translation>
    </message>
    <message>
        <source>&amp;v:</source>
        <translation>&amp;v :</translation>
    </message>
    <message>
        <source>0: avoid the largest single regret</source>
        <translation>0 : éviter le plus grand regret isolé</translation>
    </message>
    <message>
        <source>1: best for the majority of criteria</source>
        <translation>1 : le meilleur pour la majorité des critères</translation>
    </message>
    <message>
        <source>For every pair of options PROMETHEE II asks, criterion by criterion, how strongly one is preferred. Differences up to q count as no preference; beyond p as full preference; s sets the width of the Gaussian curve. Thresholds are in each criterion&apos;s units (points 0-100 for rated criteria and for a value function that rises and falls); suggestions come from the spread of the scores.</source>
        <translation>Pour chaque paire d’options, PROMETHEE II demande, critère par critère, à quel point l’une est préférée. Les écarts jusqu’à q ne comptent pas comme une préférence ; au-delà de p, comme une préférence totale ; s fixe la largeur de la courbe gaussienne. Les seuils sont dans les unités de chaque critère (points de 0 à 100 pour les critères à niveaux et pour une fonction de valeur qui monte et descend) ; les suggestions viennent de la dispersion des notes.</translation>
    </message>
    <message>
        <source>Preference function per criterion</source>
        <translation>Fonction de préférence par critère</translation>
    </message>
    <message>
        <source>Per criterion: score range, function, thresholds</source>
        <translation>Par critère : étendue des notes, fonction, seuils</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Critère</translation>
    </message>
    <message>
        <source>Scores range</source>
        <translation>Étendue des notes</translation>
    </message>
    <message>
        <source>Preference function</source>
        <translation>Fonction de préférence</translation>
    </message>
    <message>
        <source>q (indifference)</source>
        <translation>q (indifférence)</translation>
    </message>
    <message>
        <source>p (preference)</source>
        <translation>p (préférence)</translation>
    </message>
    <message>
        <source>s (Gaussian)</source>
        <translation>s (gaussienne)</translation>
    </message>
    <message>
        <source>pts</source>
        <translation>pts</translation>
    </message>
    <message>
        <source>{0} ({1}); suggested q {2:g}, p {3:g}, s {4:g}</source>
        <translation>{0} ({1}) ; suggestion : q {2:g}, p {3:g}, s {4:g}</translation>
    </message>
    <message>
        <source>Preference function for {0}</source>
        <translation>Fonction de préférence pour {0}</translation>
    </message>
    <message>
        <source>How a difference in scores turns into a preference</source>
        <translation>Comment un écart de notes devient une préférence</translation>
    </message>
    <message>
        <source>indifference threshold q</source>
        <translation>seuil d’indifférence q</translation>
    </message>
    <message>
        <source>preference threshold p</source>
        <translation>seuil de préférence p</translation>
    </message>
    <message>
        <source>Gaussian spread s</source>
        <translation>dispersion gaussienne s</translation>
    </message>
    <message>
        <source>{0} for {1}</source>
        <translation>{0} pour {1}</translation>
    </message>
    <message>
        <source>In the criterion&apos;s units; first suggested from its scores</source>
        <translation>Dans les unités du critère ; d’abord suggéré d’après ses notes</translation>
    </message>
    <message>
        <source>Not used by this preference function</source>
        <translation>Sans objet pour cette fonction de préférence</translation>
    </message>
    <message>
        <source>{0}: the indifference threshold q ({1:g}) must be below the preference threshold p ({2:g}).</source>
        <translation>{0} : le seuil d’indifférence q ({1:g}) doit être inférieur au seuil de préférence p ({2:g}).</translation>
    </message>
    <message>
        <source>{0}: the Gaussian spread s must be above 0.</source>
        <translation>{0} : la dispersion gaussienne s doit être supérieure à 0.</translation>
    </message>
    <message>
        <source>Change method settings</source>
        <translation>Changer les paramètres de la méthode</translation>
    </message>
    <message>
        <source>Weighted sum (additive value)</source>
        <translation>Somme pondérée (valeur additive)</translation>
    </message>
    <message>
        <source>Weighted product</source>
        <translation>Produit pondéré</translation>
    </message>
    <message>
        <source>TOPSIS (closeness to ideal)</source>
        <translation>TOPSIS (proximité de l’idéal)</translation>
    </message>
    <message>
        <source>PROMETHEE II (net flow)</source>
        <translation>PROMETHEE II (flux net)</translation>
    </message>
    <message>
        <source>VIKOR (compromise)</source>
        <translation>VIKOR (compromis)</translation>
    </message>
    <message>
        <source>Value functions (scale bounds)</source>
        <translation>Fonctions de valeur (bornes de l’échelle)</translation>
    </message>
    <message>
        <source>Ratio to best (cost: min/x)</source>
        <translation>Rapport au meilleur (coût : min/x)</translation>
    </message>
    <message>
        <source>Ratio to max (cost: 1 - x/max)</source>
        <translation>Rapport au maximum (coût : 1 - x/max)</translation>
    </message>
    <message>
        <source>Share of total</source>
        <translation>Part du total</translation>
    </message>
    <message>
        <source>Type I – usual (no thresholds)</source>
        <translation>Type I – usuelle (sans seuil)</translation>
    </message>
    <message>
        <source>Type II – U-shape (indifference q)</source>
        <translation>Type II – en U (indifférence q)</translation>
    </message>
    <message>
        <source>Type III – V-shape (preference p)</source>
        <translation>Type III – en V (préférence p)</translation>
    </message>
    <message>
        <source>Type IV – level (q and p)</source>
        <translation>Type IV – à paliers (q et p)</translation>
    </message>
    <message>
        <source>Type V – V-shape with indifference (q and p)</source>
        <translation>Type V – en V avec indifférence (q et p)</translation>
    </message>
    <message>
        <source>Type VI – Gaussian (s)</source>
        <translation>Type VI – gaussienne (s)</translation>
    </message>
</context>
<context>
    <name>MissingScoresLine</name>
    <message>
        <source>Missing scores counted as the worst value</source>
        <translation>Notes manquantes comptées comme la pire valeur</translation>
    </message>
    <message>
        <source>⚠ 1 option has a missing score counted as the worst value (marked in the table).</source>
        <translation>⚠ 1 option a une note manquante comptée comme la pire valeur (marquée dans le tableau).</translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n options have missing scores counted as the worst value (marked in the table).</source>
        <translation>
            <numerusform>⚠ %n option a une note manquante comptée comme la pire valeur (marquée dans le tableau).</numerusform>
            <numerusform>⚠ %n options ont des notes manquantes comptées comme la pire valeur (marquées dans le tableau).</numerusform>
        </translation>
    </message>
    <message>
        <source>See the notes</source>
        <translation>Voir les remarques</translation>
    </message>
    <message>
        <source>The link shows the notes below the chart.</source>
        <translation>Le lien affiche les remarques sous le graphique.</translation>
    </message>
</context>
<context>
    <name>MoveCriterionDialog</name>
    <message>
        <source>Move to group</source>
        <translation>Déplacer vers un groupe</translation>
    </message>
    <message>
        <source>the top level</source>
        <translation>le premier niveau</translation>
    </message>
    <message>
        <source>Move “%1” (now in %2) and everything it holds into:</source>
        <translation>Déplacer « %1 » (actuellement dans %2) et tout ce qu’il contient vers :</translation>
    </message>
    <message>
        <source>Destination group</source>
        <translation>Groupe de destination</translation>
    </message>
    <message>
        <source>The group to move the criterion into, or Top level; it keeps its points and scores</source>
        <translation>Le groupe où déplacer le critère, ou Premier niveau ; il garde ses points et ses notes</translation>
    </message>
    <message>
        <source>Top level</source>
        <translation>Premier niveau</translation>
    </message>
    <message>
        <source>It keeps its points, which now count against its new siblings&apos; points, and all its scores. You can undo the move.</source>
        <translation>Il garde ses points, qui se mesurent désormais à ceux de ses nouveaux voisins, et toutes ses notes. Vous pouvez annuler le déplacement.</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Déplacer</translation>
    </message>
</context>
<context>
    <name>NameDelegate</name>
    <message>
        <source>A name cannot be empty, so the old name was kept.</source>
        <translation>Un nom ne peut pas être vide : l’ancien nom a été conservé.</translation>
    </message>
    <message>
        <source>A name can have at most %1 characters, so the old name was kept.</source>
        <translation>Un nom compte au plus %1 caractères : l’ancien nom a été conservé.</translation>
    </message>
    <message>
        <source>The name was not changed: it %1.</source>
        <translation>Le nom n’a pas été changé (%1).</translation>
    </message>
    <message>
        <source>Enter keeps the new name, Escape keeps the old one</source>
        <translation>Entrée garde le nouveau nom, Échap garde l’ancien</translation>
    </message>
</context>
<context>
    <name>OptionDialog</name>
    <message>
        <source>Edit option</source>
        <translation>Modifier l’option</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Where the option comes from, e.g. a citation</source>
        <translation>D’où vient l’option, p. ex. une citation</translation>
    </message>
    <message>
        <source>The name shown in the score matrix, ranking and reports</source>
        <translation>Le nom affiché dans la matrice des notes, le classement et les rapports</translation>
    </message>
    <message>
        <source>What the option would do, in a sentence or two</source>
        <translation>Ce que ferait l’option, en une phrase ou deux</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Description :</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>&amp;Source :</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <source>What must be fixed before OK can be pressed</source>
        <translation>Ce qu’il faut corriger avant de pouvoir appuyer sur OK</translation>
    </message>
    <message>
        <source>Option</source>
        <translation>Option</translation>
    </message>
    <message>
        <source>Name: must not be empty.</source>
        <translation>Nom : ne doit pas être vide.</translation>
    </message>
    <message>
        <source>Name: %1</source>
        <translation>Nom : %1</translation>
    </message>
</context>
<context>
    <name>OptionsPanel</name>
    <message>
        <source>Options</source>
        <translation>Options</translation>
    </message>
    <message>
        <source>Insert adds, F2 renames, Alt+Return edits details, Alt+Up and Alt+Down move, Delete removes</source>
        <translation>Inser ajoute, F2 renomme, Alt+Entrée modifie les détails, Alt+Haut et Alt+Bas déplacent, Suppr supprime</translation>
    </message>
    <message>
        <source>Name of option</source>
        <translation>Nom de l’option</translation>
    </message>
    <message>
        <source>&amp;Add option</source>
        <translation>&amp;Ajouter une option</translation>
    </message>
    <message>
        <source>Add a new option after the selected one</source>
        <translation>Ajouter une option après celle sélectionnée</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Renommer</translation>
    </message>
    <message>
        <source>Rename the selected option in place</source>
        <translation>Renommer sur place l’option sélectionnée</translation>
    </message>
    <message>
        <source>&amp;Edit details…</source>
        <translation>&amp;Modifier les détails…</translation>
    </message>
    <message>
        <source>Edit name, description and source</source>
        <translation>Modifier le nom, la description et la source</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>M&amp;onter</translation>
    </message>
    <message>
        <source>Move the selected option up</source>
        <translation>Monter l’option sélectionnée</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>&amp;Descendre</translation>
    </message>
    <message>
        <source>Move the selected option down</source>
        <translation>Descendre l’option sélectionnée</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source>Delete the selected option and its scores</source>
        <translation>Supprimer l’option sélectionnée et ses notes</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Details…</source>
        <translation>Détails…</translation>
    </message>
    <message>
        <source>↑ Up</source>
        <translation>↑ Monter</translation>
    </message>
    <message>
        <source>↓ Down</source>
        <translation>↓ Descendre</translation>
    </message>
    <message>
        <source>Option actions</source>
        <translation>Actions sur les options</translation>
    </message>
    <message>
        <source>Source: </source>
        <translation>Source : </translation>
    </message>
    <message>
        <source>&amp;Options (%1)</source>
        <translation>&amp;Options (%1)</translation>
    </message>
    <message>
        <source>Option %1</source>
        <translation>Option %1</translation>
    </message>
    <message>
        <source>The option name typed in the Options list could not be applied.

{0}

The list still shows what was typed.</source>
        <translation>Le nom d’option saisi dans la liste des options n’a pas pu être appliqué.

{0}

La liste montre encore ce qui a été saisi.</translation>
    </message>
    <message>
        <source>Rename option</source>
        <translation>Renommer l’option</translation>
    </message>
    <message>
        <source>Delete the option “%1”?</source>
        <translation>Supprimer l’option « %1 » ?</translation>
    </message>
    <message>
        <source>It has no scores yet.</source>
        <translation>Elle n’a encore aucune note.</translation>
    </message>
    <message>
        <source>Its one score will be deleted with it.</source>
        <translation>Sa note sera supprimée avec elle.</translation>
    </message>
    <message numerus="yes">
        <source>Its %n scores will be deleted with it.</source>
        <translation>
            <numerusform>Sa %n note sera supprimée avec elle.</numerusform>
            <numerusform>Ses %n notes seront supprimées avec elle.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete option</source>
        <translation>Supprimer l’option</translation>
    </message>
    <message>
        <source>You can undo this with Edit › Undo.</source>
        <translation>Vous pouvez l’annuler avec Édition › Annuler.</translation>
    </message>
</context>
<context>
    <name>PacketActions</name>
    <message>
        <source>E&amp;licitation packets</source>
        <translation>Dossiers d’é&amp;licitation</translation>
    </message>
    <message>
        <source>&amp;Export packet for analyst…</source>
        <translation>&amp;Exporter un dossier pour un analyste…</translation>
    </message>
    <message>
        <source>Write a packet one analyst fills in on their own workstation</source>
        <translation>Écrire un dossier qu’un analyste remplit sur son propre poste</translation>
    </message>
    <message>
        <source>&amp;Import returned packet…</source>
        <translation>&amp;Importer un dossier renvoyé…</translation>
    </message>
    <message>
        <source>Check a returned packet and merge the analyst&apos;s values</source>
        <translation>Vérifier un dossier renvoyé et fusionner les valeurs de l’analyste</translation>
    </message>
    <message>
        <source>&amp;Open packet to fill in…</source>
        <translation>&amp;Ouvrir un dossier à remplir…</translation>
    </message>
    <message>
        <source>Make a working project from a packet you were sent</source>
        <translation>Créer un projet de travail à partir d’un dossier que vous avez reçu</translation>
    </message>
    <message>
        <source>&amp;Return packet…</source>
        <translation>&amp;Renvoyer le dossier…</translation>
    </message>
    <message>
        <source>Write your answers in this working project as a returned packet</source>
        <translation>Écrire vos réponses de ce projet de travail dans un dossier à renvoyer</translation>
    </message>
    <message>
        <source>Elicitation packets (*%1)</source>
        <translation>Dossiers d’élicitation (*%1)</translation>
    </message>
    <message>
        <source>Export elicitation packet</source>
        <translation>Exporter un dossier d’élicitation</translation>
    </message>
    <message>
        <source>Name the analyst first (Edit &gt; Analysts…), then export their packet.</source>
        <translation>Nommez d’abord l’analyste (Édition &gt; Analystes…), puis exportez son dossier.</translation>
    </message>
    <message>
        <source>Could not export the packet</source>
        <translation>Impossible d’exporter le dossier</translation>
    </message>
    <message>
        <source>Wrote the packet for %1 to %2; the export is in the history.</source>
        <translation>Dossier de %1 écrit dans %2 ; l’export figure dans l’historique.</translation>
    </message>
    <message>
        <source>Import returned packet</source>
        <translation>Importer un dossier renvoyé</translation>
    </message>
    <message>
        <source>Could not import the packet</source>
        <translation>Impossible d’importer le dossier</translation>
    </message>
    <message>
        <source>Imported the packet from %1 (Undo takes it back).</source>
        <translation>Dossier de %1 importé (Annuler revient en arrière).</translation>
    </message>
    <message>
        <source>This packet from %1 was already imported on %2 by %3 (history entry #%4).

Take that import back and review the packet again? Each value the import changed goes back to what it was before it; values changed since stay as they are. Taking back is a new step in the history, and Undo reverses it.</source>
        <translation>Ce dossier de %1 a déjà été importé le %2 par %3 (entrée n° %4 de l’historique).

Revenir sur cet import et examiner à nouveau le dossier ? Chaque valeur modifiée par l’import reprend sa valeur d’avant ; les valeurs modifiées depuis restent telles quelles. Revenir sur l’import est une nouvelle étape de l’historique, qu’Annuler défait.</translation>
    </message>
    <message>
        <source>Left as they are now:</source>
        <translation>Laissées telles quelles :</translation>
    </message>
    <message>
        <source>Could not take the import back</source>
        <translation>Impossible de revenir sur l’import</translation>
    </message>
    <message>
        <source>Took back the earlier import of the packet from %1 (Undo reverses it).</source>
        <translation>Import précédent du dossier de %1 retiré (Annuler le rétablit).</translation>
    </message>
    <message>
        <source>Open elicitation packet</source>
        <translation>Ouvrir un dossier d’élicitation</translation>
    </message>
    <message>
        <source>Save the working project as</source>
        <translation>Enregistrer le projet de travail sous</translation>
    </message>
    <message>
        <source>Could not open the packet</source>
        <translation>Impossible d’ouvrir le dossier</translation>
    </message>
    <message>
        <source>Return packet</source>
        <translation>Renvoyer le dossier</translation>
    </message>
    <message>
        <source>A note for the project&apos;s owner (optional):</source>
        <translation>Un mot pour le responsable du projet (facultatif) :</translation>
    </message>
    <message>
        <source>Note for the project&apos;s owner</source>
        <translation>Note pour le responsable du projet</translation>
    </message>
    <message>
        <source>Could not write the returned packet</source>
        <translation>Impossible d’écrire le dossier renvoyé</translation>
    </message>
    <message>
        <source>1 score</source>
        <translation>1 note</translation>
    </message>
    <message numerus="yes">
        <source>%n scores</source>
        <translation>
            <numerusform>%n note</numerusform>
            <numerusform>%n notes</numerusform>
        </translation>
    </message>
    <message>
        <source>1 weight</source>
        <translation>1 poids</translation>
    </message>
    <message numerus="yes">
        <source>%n weights</source>
        <translation>
            <numerusform>%n poids</numerusform>
            <numerusform>%n poids</numerusform>
        </translation>
    </message>
    <message>
        <source>1 set of judgements</source>
        <translation>1 jeu de jugements</translation>
    </message>
    <message numerus="yes">
        <source>%n sets of judgements</source>
        <translation>
            <numerusform>%n jeu de jugements</numerusform>
            <numerusform>%n jeux de jugements</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrote %1: %2, %3, %4.</source>
        <translation>%1 écrit : %2, %3, %4.</translation>
    </message>
    <message>
        <source>1 shared score was changed in this working copy. Only your own values (your view) are returned; switch to your view to give it as your own.</source>
        <translation>1 note commune a été modifiée dans cette copie de travail. Seules vos propres valeurs (votre vue) sont renvoyées ; passez à votre vue pour la donner comme la vôtre.</translation>
    </message>
    <message numerus="yes">
        <source>%n shared scores were changed in this working copy. Only your own values (your view) are returned; switch to your view to give them as your own.</source>
        <translation>
            <numerusform>%n note commune a été modifiée dans cette copie de travail. Seules vos propres valeurs (votre vue) sont renvoyées ; passez à votre vue pour la donner comme la vôtre.</numerusform>
            <numerusform>%n notes communes ont été modifiées dans cette copie de travail. Seules vos propres valeurs (votre vue) sont renvoyées ; passez à votre vue pour les donner comme les vôtres.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PacketExportDialog</name>
    <message>
        <source>Export elicitation packet</source>
        <translation>Exporter un dossier d’élicitation</translation>
    </message>
    <message>
        <source>The packet holds the options, criteria, shared scores and weights, and the evidence library, but no other analyst&apos;s judgements. The analyst opens it with Counterweight on their own workstation, gives their own values and sends back the returned packet.</source>
        <translation>Le dossier contient les options, les critères, les notes et poids communs et la bibliothèque de preuves, mais aucun jugement d’un autre analyste. L’analyste l’ouvre avec Counterweight sur son propre poste, donne ses propres valeurs et renvoie le dossier complété.</translation>
    </message>
    <message>
        <source>Analyst</source>
        <translation>Analyste</translation>
    </message>
    <message>
        <source>The named analyst who will fill in the packet</source>
        <translation>L’analyste nommé qui remplira le dossier</translation>
    </message>
    <message>
        <source>Instructions</source>
        <translation>Consignes</translation>
    </message>
    <message>
        <source>A note shown to the analyst when they open the packet</source>
        <translation>Une remarque montrée à l’analyste quand il ouvre le dossier</translation>
    </message>
    <message>
        <source>Optional, e.g. “Please score by Friday; focus on escalation risk.”</source>
        <translation>Facultatif, par ex. « Merci de noter d’ici vendredi ; insistez sur le risque d’escalade. »</translation>
    </message>
    <message>
        <source>&amp;Analyst:</source>
        <translation>&amp;Analyste :</translation>
    </message>
    <message>
        <source>&amp;Instructions:</source>
        <translation>&amp;Consignes :</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
</context>
<context>
    <name>PacketImportDialog</name>
    <message>
        <source>Import returned packet</source>
        <translation>Importer un dossier renvoyé</translation>
    </message>
    <message>
        <source>Packet from {0}, answered {1} by {2}.</source>
        <translation>Dossier de {0}, rempli le {1} par {2}.</translation>
    </message>
    <message>
        <source>Their note: {0}</source>
        <translation>Sa remarque : {0}</translation>
    </message>
    <message>
        <source>{0} is no longer named in this project and will be added back with every value of the packet.</source>
        <translation>{0} ne figure plus dans ce projet et sera ajouté de nouveau avec toutes les valeurs du dossier.</translation>
    </message>
    <message>
        <source>{0} to take, {1} already equal, {2}, {3} skipped.</source>
        <translation>{0} à reprendre, {1} déjà égales, {2}, {3} ignorées.</translation>
    </message>
    <message>
        <source>1 value</source>
        <translation>1 valeur</translation>
    </message>
    <message numerus="yes">
        <source>%n values</source>
        <translation>
            <numerusform>%n valeur</numerusform>
            <numerusform>%n valeurs</numerusform>
        </translation>
    </message>
    <message>
        <source>1 conflict</source>
        <translation>1 conflit</translation>
    </message>
    <message numerus="yes">
        <source>%n conflicts</source>
        <translation>
            <numerusform>%n conflit</numerusform>
            <numerusform>%n conflits</numerusform>
        </translation>
    </message>
    <message>
        <source>1 value was changed only in this project since the export; the analyst returned it as exported, so the project&apos;s value stays.</source>
        <translation>1 valeur a été modifiée uniquement dans ce projet depuis l’export ; l’analyste l’a renvoyée telle qu’exportée, la valeur du projet est donc conservée.</translation>
    </message>
    <message numerus="yes">
        <source>%n values were changed only in this project since the export; the analyst returned them as exported, so the project&apos;s values stay.</source>
        <translation>
            <numerusform>%n valeur a été modifiée uniquement dans ce projet depuis l’export ; l’analyste l’a renvoyée telle qu’exportée, la valeur du projet est donc conservée.</numerusform>
            <numerusform>%n valeurs ont été modifiées uniquement dans ce projet depuis l’export ; l’analyste les a renvoyées telles qu’exportées, les valeurs du projet sont donc conservées.</numerusform>
        </translation>
    </message>
    <message>
        <source>A conflict is a value changed both here and in the packet since the export: choose for each which one to keep. The project&apos;s value is kept unless you choose otherwise.</source>
        <translation>Un conflit est une valeur modifiée à la fois ici et dans le dossier depuis l’export : choisissez pour chacun celle à garder. La valeur du projet est gardée sauf choix contraire.</translation>
    </message>
    <message>
        <source>The analyst changed nothing; importing records that the packet came back.</source>
        <translation>L’analyste n’a rien modifié ; l’import enregistre que le dossier est revenu.</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>At export</source>
        <translation>À l’export</translation>
    </message>
    <message>
        <source>Project now</source>
        <translation>Projet actuel</translation>
    </message>
    <message>
        <source>Packet</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>Retenir</translation>
    </message>
    <message>
        <source>from packet</source>
        <translation>du dossier</translation>
    </message>
    <message>
        <source>already equal</source>
        <translation>déjà égale</translation>
    </message>
    <message>
        <source>conflict</source>
        <translation>conflit</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>ignorée</translation>
    </message>
    <message>
        <source>changed here only</source>
        <translation>modifiée ici seulement</translation>
    </message>
    <message>
        <source>Values in the packet</source>
        <translation>Valeurs du dossier</translation>
    </message>
    <message>
        <source>Each value the analyst changed, with the value at export, the project&apos;s value now and the packet&apos;s</source>
        <translation>Chaque valeur modifiée par l’analyste, avec la valeur à l’export, la valeur actuelle du projet et celle du dossier</translation>
    </message>
    <message>
        <source>Which value to keep for {0}</source>
        <translation>Valeur à garder pour {0}</translation>
    </message>
    <message>
        <source>Keep the project&apos;s value or take the packet&apos;s</source>
        <translation>Garder la valeur du projet ou prendre celle du dossier</translation>
    </message>
    <message>
        <source>Keep the project&apos;s</source>
        <translation>Garder celle du projet</translation>
    </message>
    <message>
        <source>Take the packet&apos;s</source>
        <translation>Prendre celle du dossier</translation>
    </message>
    <message>
        <source>packet&apos;s</source>
        <translation>celle du dossier</translation>
    </message>
    <message>
        <source>either</source>
        <translation>l’une ou l’autre</translation>
    </message>
    <message>
        <source>project&apos;s</source>
        <translation>celle du projet</translation>
    </message>
    <message>
        <source>&amp;Keep all the project&apos;s</source>
        <translation>&amp;Garder toutes celles du projet</translation>
    </message>
    <message>
        <source>Resolve every conflict by keeping the project&apos;s value</source>
        <translation>Résoudre chaque conflit en gardant la valeur du projet</translation>
    </message>
    <message>
        <source>&amp;Take all the packet&apos;s</source>
        <translation>&amp;Prendre toutes celles du dossier</translation>
    </message>
    <message>
        <source>Resolve every conflict by taking the packet&apos;s value</source>
        <translation>Résoudre chaque conflit en prenant la valeur du dossier</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
</context>
<context>
    <name>PairwiseEditor</name>
    <message>
        <source>Equal importance</source>
        <translation>Importance égale</translation>
    </message>
    <message>
        <source>Weak or slight (between equal and moderate)</source>
        <translation>Faible (entre égale et modérée)</translation>
    </message>
    <message>
        <source>Moderate importance</source>
        <translation>Importance modérée</translation>
    </message>
    <message>
        <source>Moderate plus (between moderate and strong)</source>
        <translation>Modérée plus (entre modérée et forte)</translation>
    </message>
    <message>
        <source>Strong importance</source>
        <translation>Importance forte</translation>
    </message>
    <message>
        <source>Strong plus (between strong and very strong)</source>
        <translation>Forte plus (entre forte et très forte)</translation>
    </message>
    <message>
        <source>Very strong importance</source>
        <translation>Importance très forte</translation>
    </message>
    <message>
        <source>Very, very strong (between very strong and extreme)</source>
        <translation>Très, très forte (entre très forte et extrême)</translation>
    </message>
    <message>
        <source>Extreme importance</source>
        <translation>Importance extrême</translation>
    </message>
    <message>
        <source>For each pair, move the slider towards the criterion that matters more, and as far as the difference in importance warrants.</source>
        <translation>Pour chaque paire, déplacez le curseur vers le critère qui compte le plus, et aussi loin que l’écart d’importance le justifie.</translation>
    </message>
    <message>
        <source>Pairwise comparisons</source>
        <translation>Comparaisons par paires</translation>
    </message>
    <message>
        <source>{0} versus {1}</source>
        <translation>{0} face à {1}</translation>
    </message>
    <message>
        <source>There is only one criterion here, so there is nothing to compare.</source>
        <translation>Il n’y a qu’un critère ici : il n’y a rien à comparer.</translation>
    </message>
    <message>
        <source>Consistency</source>
        <translation>Cohérence</translation>
    </message>
    <message>
        <source>Priority method</source>
        <translation>Méthode des priorités</translation>
    </message>
    <message>
        <source>Principal eigenvector (Saaty)</source>
        <translation>Vecteur propre principal (Saaty)</translation>
    </message>
    <message>
        <source>Geometric mean of rows</source>
        <translation>Moyenne géométrique des lignes</translation>
    </message>
    <message>
        <source>Consistency verdict</source>
        <translation>Verdict de cohérence</translation>
    </message>
    <message>
        <source>&amp;Priorities from:</source>
        <translation>&amp;Priorités d’après :</translation>
    </message>
    <message>
        <source>λmax {0} · CI {1}
RI {2} ({3}) · CR {4}</source>
        <translation>λmax {0} · IC {1}
IA {2} ({3}) · RC {4}</translation>
    </message>
    <message>
        <source>Fully consistent: every judgement agrees with the weights (CI 0).</source>
        <translation>Parfaitement cohérent : chaque jugement concorde avec les poids (IC 0).</translation>
    </message>
    <message>
        <source>Consistency cannot be checked: no random index is published for {0} criteria (Saaty&apos;s tables stop at {1}). Consider grouping them.</source>
        <translation>La cohérence ne peut pas être vérifiée : aucun indice aléatoire n’est publié pour {0} critères (les tables de Saaty s’arrêtent à {1}). Envisagez de les regrouper.</translation>
    </message>
    <message>
        <source>Measures:</source>
        <translation>Mesures :</translation>
    </message>
    <message>
        <source>Use suggestion</source>
        <translation>Utiliser la suggestion</translation>
    </message>
    <message>
        <source>Equal importance (1)</source>
        <translation>Importance égale (1)</translation>
    </message>
    <message>
        <source>between scale points</source>
        <translation>entre deux points de l’échelle</translation>
    </message>
    <message>
        <source>{0} more important: {1} ({2})</source>
        <translation>{0} plus important : {1} ({2})</translation>
    </message>
    <message>
        <source>(stored value, between slider steps)</source>
        <translation>(valeur enregistrée, entre deux crans du curseur)</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>s.o.</translation>
    </message>
    <message>
        <source>With fewer than three criteria the judgements cannot contradict each other.</source>
        <translation>Avec moins de trois critères, les jugements ne peuvent pas se contredire.</translation>
    </message>
    <message>
        <source>Consistent enough: CR {0} is at most {1:.2f}.</source>
        <translation>Assez cohérent : le RC {0} ne dépasse pas {1:.2f}.</translation>
    </message>
    <message>
        <source>Inconsistent: CR {0} is above {1:.2f}. Revisit the judgements listed below.</source>
        <translation>Incohérent : le RC {0} dépasse {1:.2f}. Revoyez les jugements listés ci-dessous.</translation>
    </message>
    <message>
        <source>{0} vs {1}: you said {2}; {3} would fit the other judgements (suggest {4}, CR then {5}).</source>
        <translation>{0} / {1} : vous avez indiqué {2} ; {3} irait avec les autres jugements (suggestion {4}, RC alors {5}).</translation>
    </message>
    <message>
        <source>Use suggestion {0} for {1} versus {2}</source>
        <translation>Utiliser la suggestion {0} pour {1} face à {2}</translation>
    </message>
</context>
<context>
    <name>PaperMenu</name>
    <message>
        <source>Brief paper si&amp;ze</source>
        <translation>&amp;Format de papier de la note</translation>
    </message>
    <message>
        <source>The paper an exported brief is laid out on (kept on this computer); Print brief… uses the printer&apos;s page</source>
        <translation>Le papier sur lequel une note exportée est mise en page (conservé sur cet ordinateur) ; Imprimer la note… utilise la page de l’imprimante</translation>
    </message>
    <message>
        <source>&amp;A4</source>
        <translation>&amp;A4</translation>
    </message>
    <message>
        <source>US &amp;Letter</source>
        <translation>&amp;Lettre US</translation>
    </message>
</context>
<context>
    <name>PendingEditsGuard</name>
    <message>
        <source>Change not applied</source>
        <translation>Modification non appliquée</translation>
    </message>
    <message>
        <source>Nothing else was done. Correct the change, or drop it (Revert in the score details, Escape in a table or list), then try again.</source>
        <translation>Rien d’autre n’a été fait. Corrigez la modification, ou abandonnez-la (Annuler les modifications dans le détail de la note, Échap dans un tableau ou une liste), puis réessayez.</translation>
    </message>
</context>
<context>
    <name>PerspectivesPanel</name>
    <message>
        <source>Perspectives and scenarios</source>
        <translation>Perspectives et scénarios</translation>
    </message>
    <message>
        <source>Perspectives (weight sets)</source>
        <translation>Perspectives (jeux de poids)</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Renommer…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Scenarios</source>
        <translation>Scénarios</translation>
    </message>
    <message>
        <source>New scenario…</source>
        <translation>Nouveau scénario…</translation>
    </message>
    <message>
        <source>Snapshots</source>
        <translation>Instantanés</translation>
    </message>
    <message>
        <source>Take snapshot…</source>
        <translation>Prendre un instantané…</translation>
    </message>
    <message>
        <source>Compare…</source>
        <translation>Comparer…</translation>
    </message>
    <message>
        <source>Save current weights as perspective</source>
        <translation>Enregistrer les poids actuels comme perspective</translation>
    </message>
    <message>
        <source>Keep a copy of the decision as it is now (Ctrl+Shift+T)</source>
        <translation>Garder une copie de la décision dans son état actuel (Ctrl+Maj+T)</translation>
    </message>
    <message>
        <source>Saved sets of weights; each is one way of valuing the criteria</source>
        <translation>Jeux de poids enregistrés ; chacun est une façon de valoriser les critères</translation>
    </message>
    <message>
        <source>Keeps the weights now in use under a name</source>
        <translation>Garde sous un nom les poids actuellement utilisés</translation>
    </message>
    <message>
        <source>Renames the selected perspective</source>
        <translation>Renomme la perspective sélectionnée</translation>
    </message>
    <message>
        <source>Deletes the selected perspective (undo with Ctrl+Z)</source>
        <translation>Supprime la perspective sélectionnée (Ctrl+Z annule)</translation>
    </message>
    <message>
        <source>Sets of changed scores, such as a pessimistic case</source>
        <translation>Jeux de notes modifiées, par exemple un cas pessimiste</translation>
    </message>
    <message>
        <source>Starts a scenario with no changed scores</source>
        <translation>Commence un scénario sans note modifiée</translation>
    </message>
    <message>
        <source>Renames the selected scenario</source>
        <translation>Renomme le scénario sélectionné</translation>
    </message>
    <message>
        <source>Deletes the selected scenario (undo with Ctrl+Z)</source>
        <translation>Supprime le scénario sélectionné (Ctrl+Z annule)</translation>
    </message>
    <message>
        <source>Copies of the decision kept at earlier moments</source>
        <translation>Copies de la décision gardées à des moments antérieurs</translation>
    </message>
    <message>
        <source>Keeps a copy of the decision as it is now</source>
        <translation>Garde une copie de la décision dans son état actuel</translation>
    </message>
    <message>
        <source>Lists what changed between the selected snapshots, or since one</source>
        <translation>Liste ce qui a changé entre les instantanés sélectionnés, ou depuis l’un d’eux</translation>
    </message>
    <message>
        <source>Deletes the selected snapshots</source>
        <translation>Supprime les instantanés sélectionnés</translation>
    </message>
    <message>
        <source>Select a scenario above, or make a new one, to type the scores it changes.</source>
        <translation>Sélectionnez un scénario ci-dessus, ou créez-en un, pour saisir les notes qu’il modifie.</translation>
    </message>
    <message>
        <source>Scenario scores: type to override a cell, clear to undo</source>
        <translation>Notes du scénario : tapez pour remplacer une cellule, effacez pour revenir</translation>
    </message>
    <message>
        <source>Options in rows, criteria in columns</source>
        <translation>Les options en lignes, les critères en colonnes</translation>
    </message>
    <message>
        <source>Rank (regret in points) under each perspective and scenario</source>
        <translation>Rang (regret en points) selon chaque perspective et chaque scénario</translation>
    </message>
    <message>
        <source>Options in rows, one column per perspective and scenario. Regret: how many points an option falls short of the best one under that pair</source>
        <translation>Les options en lignes, une colonne par perspective et scénario. Regret : combien de points il manque à une option pour égaler la meilleure dans cette combinaison</translation>
    </message>
    <message>
        <source>Robust choice</source>
        <translation>Choix robuste</translation>
    </message>
    <message>
        <source>Whether one option is best under every perspective and scenario</source>
        <translation>Si une option est la meilleure sous chaque perspective et chaque scénario</translation>
    </message>
    <message>
        <source>Snapshot comparison</source>
        <translation>Comparaison d’instantanés</translation>
    </message>
    <message>
        <source>What changed, line by line; read-only</source>
        <translation>Ce qui a changé, ligne par ligne ; lecture seule</translation>
    </message>
    <message>
        <source>Select one snapshot (compared with now) or two, then Compare…</source>
        <translation>Sélectionnez un instantané (comparé à maintenant) ou deux, puis Comparer…</translation>
    </message>
    <message>
        <source> and {0} more</source>
        <translation> et {0} autres</translation>
    </message>
    <message>
        <source>Not ranked under every perspective and scenario (— in the table), so not a candidate: {0}.</source>
        <translation>Non classées selon toutes les perspectives et tous les scénarios (— dans le tableau), donc hors course : {0}.</translation>
    </message>
    <message>
        <source>The table lists the {0} options of {1:,} with the smallest worst regret.</source>
        <translation>Le tableau liste les {0} options sur {1:,} dont le plus grand regret est le plus faible.</translation>
    </message>
    <message>
        <source>{0} ({1})</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <source>Excluded by a red line under {0}</source>
        <translation>Exclue par une ligne rouge selon {0}</translation>
    </message>
    <message>
        <source>The method cannot place it under {0}</source>
        <translation>La méthode ne peut pas la placer selon {0}</translation>
    </message>
    <message>
        <source>{0}: it takes no part there and cannot be the robust choice.</source>
        <translation>{0} : elle n’y participe pas et ne peut pas être le choix robuste.</translation>
    </message>
    <message>
        <source>the ranks under every perspective and scenario</source>
        <translation>les rangs sous chaque perspective et chaque scénario</translation>
    </message>
    <message>
        <source>The ranks cannot be worked out: {0}</source>
        <translation>Les rangs ne peuvent pas être calculés : {0}</translation>
    </message>
    <message>
        <source>Updating…</source>
        <translation>Mise à jour…</translation>
    </message>
    <message>
        <source>The ranks below are from before the last change.</source>
        <translation>Les rangs ci-dessous datent d’avant la dernière modification.</translation>
    </message>
    <message>
        <source>Ranks updated: {0}</source>
        <translation>Rangs mis à jour : {0}</translation>
    </message>
    <message>
        <source>Robust choice: {0}</source>
        <translation>Choix robuste : {0}</translation>
    </message>
    <message>
        <source>Save as perspective…</source>
        <translation>Enregistrer comme perspective…</translation>
    </message>
    <message>
        <source>Scenario “{0}”: type a score in a cell to change it in this scenario; clear the cell to keep the base score (shown as the cell&apos;s tooltip).</source>
        <translation>Scénario « {0} » : tapez une note dans une cellule pour la changer dans ce scénario ; videz la cellule pour garder la note de base (affichée dans l’infobulle de la cellule).</translation>
    </message>
    <message>
        <source>Save perspective</source>
        <translation>Enregistrer la perspective</translation>
    </message>
    <message>
        <source>Name of the perspective:</source>
        <translation>Nom de la perspective :</translation>
    </message>
    <message>
        <source>Rename perspective</source>
        <translation>Renommer la perspective</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Nouveau nom :</translation>
    </message>
    <message>
        <source>New scenario</source>
        <translation>Nouveau scénario</translation>
    </message>
    <message>
        <source>Name of the scenario:</source>
        <translation>Nom du scénario :</translation>
    </message>
    <message>
        <source>Rename scenario</source>
        <translation>Renommer le scénario</translation>
    </message>
    <message>
        <source>{0} on {1}: type a number.</source>
        <translation>{0} sur {1} : tapez un nombre.</translation>
    </message>
    <message>
        <source>Take snapshot</source>
        <translation>Prendre un instantané</translation>
    </message>
    <message>
        <source>Name of the snapshot:</source>
        <translation>Nom de l’instantané :</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n snapshots</source>
        <translation>
            <numerusform>Supprimer %n instantané</numerusform>
            <numerusform>Supprimer %n instantanés</numerusform>
        </translation>
    </message>
    <message>
        <source>now</source>
        <translation>maintenant</translation>
    </message>
    <message>
        <source>This project is open read-only.</source>
        <translation>Ce projet est ouvert en lecture seule.</translation>
    </message>
    <message>
        <source>Select a perspective first.</source>
        <translation>Sélectionnez d’abord une perspective.</translation>
    </message>
    <message>
        <source>Select a scenario first.</source>
        <translation>Sélectionnez d’abord un scénario.</translation>
    </message>
    <message>
        <source>Select one snapshot (compared with now) or two first.</source>
        <translation>Sélectionnez d’abord un instantané (comparé à l’état actuel) ou deux.</translation>
    </message>
    <message>
        <source>Select the snapshots to delete first.</source>
        <translation>Sélectionnez d’abord les instantanés à supprimer.</translation>
    </message>
</context>
<context>
    <name>ProblemListDialog</name>
    <message>
        <source>Counterweight</source>
        <translation>Counterweight</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>What went wrong, and the first problem</source>
        <translation>Ce qui s’est mal passé, et le premier problème</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>The file with the problems</source>
        <translation>Le fichier qui comporte les problèmes</translation>
    </message>
    <message>
        <source>The problems in short</source>
        <translation>Les problèmes en bref</translation>
    </message>
    <message>
        <source>Each kind of problem once, with how often and where it first occurs</source>
        <translation>Chaque type de problème une fois, avec sa fréquence et l’endroit où il apparaît en premier</translation>
    </message>
    <message>
        <source>&amp;All {0} problems, one a line (select and copy them, or press Copy list):</source>
        <translation>&amp;Les {0} problèmes, un par ligne (sélectionnez-les et copiez-les, ou appuyez sur Copier la liste) :</translation>
    </message>
    <message>
        <source>All the problems</source>
        <translation>Tous les problèmes</translation>
    </message>
    <message>
        <source>One problem a line; read-only, can be selected and copied</source>
        <translation>Un problème par ligne ; en lecture seule, peut être sélectionné et copié</translation>
    </message>
    <message>
        <source>&amp;Copy list</source>
        <translation>&amp;Copier la liste</translation>
    </message>
    <message>
        <source>Copy list</source>
        <translation>Copier la liste</translation>
    </message>
    <message>
        <source>Puts every problem on the clipboard, one a line</source>
        <translation>Place tous les problèmes dans le presse-papiers, un par ligne</translation>
    </message>
</context>
<context>
    <name>RankingChartStack</name>
    <message>
        <source>Contribution chart</source>
        <translation>Graphique des contributions</translation>
    </message>
    <message>
        <source>Stacked bars: how many points each top-level criterion adds to each option&apos;s score.</source>
        <translation>Barres empilées : combien de points chaque critère de premier niveau apporte à la note de chaque option.</translation>
    </message>
    <message>
        <source>Method score chart</source>
        <translation>Graphique des scores de la méthode</translation>
    </message>
    <message>
        <source>One bar per option with the chosen method&apos;s own score, best on top.</source>
        <translation>Une barre par option avec le score propre à la méthode choisie, la meilleure en haut.</translation>
    </message>
</context>
<context>
    <name>RankingModel</name>
    <message>
        <source>D+</source>
        <translation>D+</translation>
    </message>
    <message>
        <source>Distance to the ideal option; lower is better</source>
        <translation>Distance à l’option idéale ; plus bas est mieux</translation>
    </message>
    <message>
        <source>D−</source>
        <translation>D−</translation>
    </message>
    <message>
        <source>Distance to the worst (anti-ideal) option; higher is better</source>
        <translation>Distance à la pire option (anti-idéale) ; plus haut est mieux</translation>
    </message>
    <message>
        <source>Closeness</source>
        <translation>Proximité</translation>
    </message>
    <message>
        <source>C = D− / (D+ + D−), 0 to 1; higher is better</source>
        <translation>C = D− / (D+ + D−), de 0 à 1 ; plus haut est mieux</translation>
    </message>
    <message>
        <source>φ+</source>
        <translation>φ+</translation>
    </message>
    <message>
        <source>Leaving flow: how strongly it beats the others, 0 to 1</source>
        <translation>Flux sortant : à quel point elle l’emporte sur les autres, de 0 à 1</translation>
    </message>
    <message>
        <source>φ−</source>
        <translation>φ−</translation>
    </message>
    <message>
        <source>Entering flow: how strongly the others beat it, 0 to 1; lower is better</source>
        <translation>Flux entrant : à quel point les autres l’emportent sur elle, de 0 à 1 ; plus bas est mieux</translation>
    </message>
    <message>
        <source>Net φ</source>
        <translation>φ net</translation>
    </message>
    <message>
        <source>Net flow φ+ − φ−, −1 to +1; higher is better</source>
        <translation>Flux net φ+ − φ−, de −1 à +1 ; plus haut est mieux</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>Group utility: weighted regrets summed over the criteria; lower is better</source>
        <translation>Utilité de groupe : somme des regrets pondérés sur les critères ; plus bas est mieux</translation>
    </message>
    <message>
        <source>R</source>
        <translation>R</translation>
    </message>
    <message>
        <source>Individual regret: the largest weighted regret on one criterion; lower is better</source>
        <translation>Regret individuel : le plus grand regret pondéré sur un critère ; plus bas est mieux</translation>
    </message>
    <message>
        <source>Q</source>
        <translation>Q</translation>
    </message>
    <message>
        <source>VIKOR index combining S and R with weight v; lower is better</source>
        <translation>Indice VIKOR combinant S et R avec le poids v ; plus bas est mieux</translation>
    </message>
    <message>
        <source>Compromise</source>
        <translation>Compromis</translation>
    </message>
    <message>
        <source>✓ marks VIKOR&apos;s compromise solution</source>
        <translation>✓ marque la solution de compromis de VIKOR</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Weighted product of the values, 0 to 100; higher is better</source>
        <translation>Produit pondéré des valeurs, de 0 à 100 ; plus haut est mieux</translation>
    </message>
    <message>
        <source>Overall score, 0 to 100</source>
        <translation>Note globale, de 0 à 100</translation>
    </message>
    <message>
        <source>Excluded from the ranking by a red line: {0}</source>
        <translation>Exclue du classement par une ligne rouge : {0}</translation>
    </message>
    <message>
        <source>Not ranked: {0} cannot place this option without a score on {1}.</source>
        <translation>Non classée : {0} ne peut pas placer cette option sans note sur {1}.</translation>
    </message>
    <message>
        <source>every criterion it uses</source>
        <translation>chaque critère qu’elle utilise</translation>
    </message>
    <message>
        <source>Breaches a red line (flagged): {0}</source>
        <translation>Franchit une ligne rouge (signalée) : {0}</translation>
    </message>
    <message>
        <source>1 missing score counted as the worst value</source>
        <translation>1 note manquante comptée comme la pire valeur</translation>
    </message>
    <message numerus="yes">
        <source>%n missing scores counted as the worst value</source>
        <translation>
            <numerusform>%n note manquante comptée comme la pire valeur</numerusform>
            <numerusform>%n notes manquantes comptées comme la pire valeur</numerusform>
        </translation>
    </message>
    <message>
        <source>{0} (0): {1}</source>
        <translation>{0} (0) : {1}</translation>
    </message>
    <message>
        <source>The weighted sum scores a missing value as the worst on its scale; give a score, or see the notes below the chart.</source>
        <translation>La somme pondérée compte une valeur manquante comme la pire de son échelle ; donnez une note, ou voyez les remarques sous le graphique.</translation>
    </message>
    <message>
        <source>compromise solution</source>
        <translation>solution de compromis</translation>
    </message>
    <message>
        <source>Rank {0}: {1}</source>
        <translation>Rang {0} : {1}</translation>
    </message>
    <message>
        <source>Not ranked: {0}</source>
        <translation>Non classée : {0}</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <source>Option</source>
        <translation>Option</translation>
    </message>
    <message>
        <source>1 = best; — = not ranked (hover for the reason)</source>
        <translation>1 = la meilleure ; — = non classée (survolez pour la raison)</translation>
    </message>
</context>
<context>
    <name>RankingPanel</name>
    <message>
        <source>Weighted sum (additive value)</source>
        <translation>Somme pondérée (valeur additive)</translation>
    </message>
    <message>
        <source>Weighted product</source>
        <translation>Produit pondéré</translation>
    </message>
    <message>
        <source>TOPSIS (closeness to ideal)</source>
        <translation>TOPSIS (proximité de l’idéal)</translation>
    </message>
    <message>
        <source>PROMETHEE II (net flow)</source>
        <translation>PROMETHEE II (flux net)</translation>
    </message>
    <message>
        <source>VIKOR (compromise)</source>
        <translation>VIKOR (compromis)</translation>
    </message>
    <message>
        <source>Value functions (scale bounds)</source>
        <translation>Fonctions de valeur (bornes de l’échelle)</translation>
    </message>
    <message>
        <source>Min-max across options</source>
        <translation>Min-max sur les options</translation>
    </message>
    <message>
        <source>Ratio to best (cost: min/x)</source>
        <translation>Rapport au meilleur (coût : min/x)</translation>
    </message>
    <message>
        <source>Ratio to max (cost: 1 - x/max)</source>
        <translation>Rapport au maximum (coût : 1 - x/max)</translation>
    </message>
    <message>
        <source>Share of total</source>
        <translation>Part du total</translation>
    </message>
    <message>
        <source>Vector (Euclidean)</source>
        <translation>Vectorielle (euclidienne)</translation>
    </message>
    <message>
        <source>Ranking</source>
        <translation>Classement</translation>
    </message>
    <message>
        <source>Aggregation method</source>
        <translation>Méthode d’agrégation</translation>
    </message>
    <message>
        <source>How weighted scores are combined</source>
        <translation>Comment les notes pondérées sont combinées</translation>
    </message>
    <message>
        <source>How the criterion values are combined into one ranking.</source>
        <translation>Comment les valeurs des critères sont combinées en un seul classement.</translation>
    </message>
    <message>
        <source>Method &amp;settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <source>Method settings</source>
        <translation>Paramètres de la méthode</translation>
    </message>
    <message>
        <source>Opens the parameters of every method</source>
        <translation>Ouvre les paramètres de chaque méthode</translation>
    </message>
    <message>
        <source>TOPSIS normalisation, PROMETHEE preference functions, VIKOR v</source>
        <translation>Normalisation TOPSIS, fonctions de préférence PROMETHEE, v de VIKOR</translation>
    </message>
    <message>
        <source>How scores are made comparable</source>
        <translation>Comment les notes sont rendues comparables</translation>
    </message>
    <message>
        <source>Brings scores to a common 0-1 scale</source>
        <translation>Ramène les notes sur une échelle commune de 0 à 1</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>&amp;Méthode :</translation>
    </message>
    <message>
        <source>&amp;Normalisation:</source>
        <translation>Normal&amp;isation :</translation>
    </message>
    <message>
        <source>Ranking of the options</source>
        <translation>Classement des options</translation>
    </message>
    <message>
        <source>Rank, option and the method&apos;s own numbers, best first</source>
        <translation>Rang, option et valeurs propres à la méthode, la meilleure en premier</translation>
    </message>
    <message>
        <source>Notes about the result</source>
        <translation>Remarques sur le résultat</translation>
    </message>
    <message>
        <source>Missing scores, ties and other remarks</source>
        <translation>Notes manquantes, ex æquo et autres remarques</translation>
    </message>
    <message>
        <source>Ranking, chart and notes</source>
        <translation>Classement, graphique et remarques</translation>
    </message>
    <message>
        <source>Value functions use each criterion&apos;s own scale; the other methods rescale the scores against the options being compared.</source>
        <translation>Les fonctions de valeur utilisent l’échelle propre à chaque critère ; les autres méthodes remettent les notes à l’échelle des options comparées.</translation>
    </message>
    <message>
        <source>How TOPSIS makes the raw scores comparable before weighting them.</source>
        <translation>Comment TOPSIS rend les notes brutes comparables avant de les pondérer.</translation>
    </message>
    <message>
        <source>Not used by {0}</source>
        <translation>Sans objet pour {0}</translation>
    </message>
    <message>
        <source>This method works on the scores in their own units; see Method settings.</source>
        <translation>Cette méthode travaille sur les notes dans leurs propres unités ; voir Paramètres de la méthode.</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>Aucun problème trouvé.</translation>
    </message>
    <message>
        <source>Warning: </source>
        <translation>Attention : </translation>
    </message>
    <message numerus="yes">
        <source>…and %n more options have no score on &apos;{0}&apos;, with the same consequence.</source>
        <translation>
            <numerusform>…et %n autre option n’a pas de note sur « {0} », avec la même conséquence.</numerusform>
            <numerusform>…et %n autres options n’ont pas de note sur « {0} », avec la même conséquence.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>…and %n more notes of the same kind.</source>
        <translation>
            <numerusform>…et %n autre note du même type.</numerusform>
            <numerusform>…et %n autres notes du même type.</numerusform>
        </translation>
    </message>
    <message>
        <source>Note: </source>
        <translation>Remarque : </translation>
    </message>
    <message>
        <source>Use {0}</source>
        <translation>Utiliser {0}</translation>
    </message>
    <message>
        <source>TOPSIS normalisation</source>
        <translation>Normalisation TOPSIS</translation>
    </message>
    <message>
        <source>Change normalisation</source>
        <translation>Changer la normalisation</translation>
    </message>
</context>
<context>
    <name>RecentMenu</name>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Ouvrir un fichier &amp;récent</translation>
    </message>
    <message>
        <source>Open recent</source>
        <translation>Ouvrir un fichier récent</translation>
    </message>
    <message>
        <source>(missing)</source>
        <translation>(introuvable)</translation>
    </message>
    <message>
        <source>No recent projects</source>
        <translation>Aucun projet récent</translation>
    </message>
    <message>
        <source>&amp;Clear list</source>
        <translation>&amp;Vider la liste</translation>
    </message>
</context>
<context>
    <name>RedLineEditor</name>
    <message>
        <source>Add red line</source>
        <translation>Ajouter une ligne rouge</translation>
    </message>
    <message>
        <source>Edit red line</source>
        <translation>Modifier une ligne rouge</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Critère</translation>
    </message>
    <message>
        <source>The criterion whose score the limit applies to</source>
        <translation>Le critère dont la note est soumise à la limite</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>Limite</translation>
    </message>
    <message>
        <source>The score an option must not cross, in its units</source>
        <translation>La note qu’une option ne doit pas franchir, dans ses unités</translation>
    </message>
    <message>
        <source>Worst acceptable level</source>
        <translation>Pire niveau acceptable</translation>
    </message>
    <message>
        <source>Options scored below this level cross the red line</source>
        <translation>Les options notées sous ce niveau franchissent la ligne rouge</translation>
    </message>
    <message>
        <source>What happens to an option that crosses it</source>
        <translation>Ce qui arrive à une option qui la franchit</translation>
    </message>
    <message>
        <source>Exclude the option, or keep it and flag it</source>
        <translation>Exclure l’option, ou la garder en la signalant</translation>
    </message>
    <message>
        <source>Flag it beside the ranking</source>
        <translation>La signaler à côté du classement</translation>
    </message>
    <message>
        <source>Exclude it from the ranking</source>
        <translation>L’exclure du classement</translation>
    </message>
    <message>
        <source>Why this limit exists</source>
        <translation>Pourquoi cette limite existe</translation>
    </message>
    <message>
        <source>Shown with the red line in the ranking and the brief</source>
        <translation>Affiché avec la ligne rouge dans le classement et la note de synthèse</translation>
    </message>
    <message>
        <source>e.g. Treasury ceiling agreed in March</source>
        <translation>p. ex. Plafond du Trésor convenu en mars</translation>
    </message>
    <message>
        <source>The rule in words</source>
        <translation>La règle en mots</translation>
    </message>
    <message>
        <source>The red line as it will read in the ranking</source>
        <translation>La ligne rouge telle qu’elle se lira dans le classement</translation>
    </message>
    <message>
        <source>&amp;Limit:</source>
        <translation>&amp;Limite :</translation>
    </message>
    <message>
        <source>&amp;Criterion:</source>
        <translation>&amp;Critère :</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>&amp;Action :</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Remarque :</translation>
    </message>
    <message>
        <source>Worst acceptable &amp;level:</source>
        <translation>&amp;Pire niveau acceptable :</translation>
    </message>
    <message>
        <source>highest</source>
        <translation>la plus haute</translation>
    </message>
    <message>
        <source>lowest</source>
        <translation>la plus basse</translation>
    </message>
    <message>
        <source>&amp;Limit ({0} acceptable):</source>
        <translation>&amp;Limite (valeur {0} acceptable) :</translation>
    </message>
    <message>
        <source>Add a scored criterion first.</source>
        <translation>Ajoutez d’abord un critère noté.</translation>
    </message>
    <message>
        <source>no option</source>
        <translation>aucune option</translation>
    </message>
    <message>
        <source>Rule: {0}.
With the current scores this is breached by: {1}.</source>
        <translation>Règle : {0}.
Avec les notes actuelles, elle est franchie par : {1}.</translation>
    </message>
    <message>
        <source>Check the limit: it lies outside the criterion&apos;s scale ({0} to {1}).</source>
        <translation>Vérifiez la limite : elle est hors de l’échelle du critère ({0} à {1}).</translation>
    </message>
</context>
<context>
    <name>RedLinesDialog</name>
    <message>
        <source>Rule</source>
        <translation>Règle</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Breached by</source>
        <translation>Franchie par</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <source>Red lines</source>
        <translation>Lignes rouges</translation>
    </message>
    <message>
        <source>A red line is a limit that no good score elsewhere can make up for. An option on the wrong side is flagged beside the ranking, or excluded from it. Each change here can be undone (Ctrl+Z).</source>
        <translation>Une ligne rouge est une limite qu’aucune bonne note ailleurs ne peut compenser. Une option du mauvais côté est signalée à côté du classement, ou en est exclue. Chaque changement fait ici peut être annulé (Ctrl+Z).</translation>
    </message>
    <message>
        <source>One row per red line: criterion, limit, action and note</source>
        <translation>Une ligne par ligne rouge : critère, limite, action et remarque</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Ajouter…</translation>
    </message>
    <message>
        <source>Add red line</source>
        <translation>Ajouter une ligne rouge</translation>
    </message>
    <message>
        <source>Opens an editor for a new red line</source>
        <translation>Ouvre un éditeur pour une nouvelle ligne rouge</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>Edit red line</source>
        <translation>Modifier une ligne rouge</translation>
    </message>
    <message>
        <source>Opens the selected red line in the editor</source>
        <translation>Ouvre la ligne rouge sélectionnée dans l’éditeur</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>Remove red line</source>
        <translation>Retirer une ligne rouge</translation>
    </message>
    <message>
        <source>Deletes the selected red line (undo with Ctrl+Z)</source>
        <translation>Supprime la ligne rouge sélectionnée (Ctrl+Z annule)</translation>
    </message>
    <message>
        <source>Add a red line (Insert)</source>
        <translation>Ajouter une ligne rouge (Inser)</translation>
    </message>
    <message>
        <source>Edit the selected red line (Return)</source>
        <translation>Modifier la ligne rouge sélectionnée (Entrée)</translation>
    </message>
    <message>
        <source>Remove the selected red line (Delete)</source>
        <translation>Retirer la ligne rouge sélectionnée (Suppr)</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <source>Why the last change could not be made</source>
        <translation>Pourquoi le dernier changement n’a pas pu être fait</translation>
    </message>
    <message>
        <source>Exclude</source>
        <translation>Exclure</translation>
    </message>
    <message>
        <source>Flag</source>
        <translation>Signaler</translation>
    </message>
    <message>
        <source>no option</source>
        <translation>aucune option</translation>
    </message>
</context>
<context>
    <name>RedLinesSection</name>
    <message>
        <source>&lt;b&gt;Red lines&lt;/b&gt;</source>
        <translation>&lt;b&gt;Lignes rouges&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Re&amp;d lines…</source>
        <translation>Li&amp;gnes rouges…</translation>
    </message>
    <message>
        <source>Edit red lines</source>
        <translation>Modifier les lignes rouges</translation>
    </message>
    <message>
        <source>Limits no option may cross, however well it scores elsewhere</source>
        <translation>Des limites qu’aucune option ne peut franchir, quelles que soient ses notes ailleurs</translation>
    </message>
    <message>
        <source>Red-line breaches</source>
        <translation>Franchissements de lignes rouges</translation>
    </message>
    <message>
        <source>One line per option that crosses a red line; Enter shows the option</source>
        <translation>Une ligne par option qui franchit une ligne rouge ; Entrée affiche l’option</translation>
    </message>
    <message>
        <source>none set</source>
        <translation>aucune définie</translation>
    </message>
    <message>
        <source>No option breaches the red line.</source>
        <translation>Aucune option ne franchit la ligne rouge.</translation>
    </message>
    <message numerus="yes">
        <source>No option breaches the %n red lines.</source>
        <translation>
            <numerusform>Aucune option ne franchit la ligne rouge.</numerusform>
            <numerusform>Aucune option ne franchit les %n lignes rouges.</numerusform>
        </translation>
    </message>
    <message>
        <source>1 breach</source>
        <translation>1 franchissement</translation>
    </message>
    <message numerus="yes">
        <source>%n breaches</source>
        <translation>
            <numerusform>%n franchissement</numerusform>
            <numerusform>%n franchissements</numerusform>
        </translation>
    </message>
    <message>
        <source>1 option excluded</source>
        <translation>1 option exclue</translation>
    </message>
    <message numerus="yes">
        <source>%n options excluded</source>
        <translation>
            <numerusform>%n option exclue</numerusform>
            <numerusform>%n options exclues</numerusform>
        </translation>
    </message>
    <message>
        <source>{0}; {1}.</source>
        <extracomment>Translators: {0} is &quot;1 breach&quot; or &quot;%n breaches&quot;, {1} is &quot;1 option excluded&quot; or &quot;%n options excluded&quot;.</extracomment>
        <translation>{0} ; {1}.</translation>
    </message>
</context>
<context>
    <name>RefusedChanges</name>
    <message>
        <source>Changes not saved</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Enregistrer &amp;sous…</translation>
    </message>
    <message>
        <source>Save the project, with the waiting changes, in a new file</source>
        <translation>Enregistrer le projet, avec les modifications en attente, dans un nouveau fichier</translation>
    </message>
    <message>
        <source>Lose the waiting changes and go on</source>
        <translation>Perdre les modifications en attente et continuer</translation>
    </message>
    <message>
        <source>A change is not saved in “%1”: the file refused it, so it is only in this window.</source>
        <translation>Une modification n’est pas enregistrée dans « %1 » : le fichier l’a refusée, elle n’existe donc que dans cette fenêtre.</translation>
    </message>
    <message numerus="yes">
        <source>%n changes are not saved in “%1”: the file refused them, so they are only in this window.</source>
        <translation>
            <numerusform>%n modification n’est pas enregistrée dans « %1 » : le fichier l’a refusée, elle n’existe donc que dans cette fenêtre.</numerusform>
            <numerusform>%n modifications ne sont pas enregistrées dans « %1 » : le fichier les a refusées, elles n’existent donc que dans cette fenêtre.</numerusform>
        </translation>
    </message>
    <message>
        <source>Waiting:</source>
        <translation>En attente :</translation>
    </message>
    <message>
        <source>“%1” is no longer where it was opened (deleted or moved): the whole project may now be only in this window.</source>
        <translation>« %1 » n’est plus là où il a été ouvert (supprimé ou déplacé) : le projet entier n’existe peut-être plus que dans cette fenêtre.</translation>
    </message>
    <message>
        <source>Save As… keeps it, with these changes, in a new file.</source>
        <translation>« Enregistrer sous… » le conserve, avec ces modifications, dans un nouveau fichier.</translation>
    </message>
    <message>
        <source>Discard loses these changes. Automatic backups of the project, as the file last saved it, are kept in %1.</source>
        <translation>« Ne pas tenir compte » perd ces modifications. Les sauvegardes automatiques du projet, tel que le fichier l’a enregistré pour la dernière fois, sont conservées dans %1.</translation>
    </message>
    <message>
        <source>Discard loses these changes.</source>
        <translation>« Ne pas tenir compte » perd ces modifications.</translation>
    </message>
    <message>
        <source>Save As… keeps them, in a copy of the project saved where you choose.</source>
        <translation>« Enregistrer sous… » les conserve, dans une copie du projet enregistrée à l’endroit de votre choix.</translation>
    </message>
    <message>
        <source>Discard loses them: the project stays as the file last saved it.</source>
        <translation>« Ne pas tenir compte » les perd : le projet reste tel que le fichier l’a enregistré pour la dernière fois.</translation>
    </message>
    <message>
        <source>Cancel changes nothing.</source>
        <translation>« Annuler » ne change rien.</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>et %n autre</numerusform>
            <numerusform>et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>The change the file refused earlier is saved now; checkpoint marked.</source>
        <translation>La modification que le fichier avait refusée est maintenant enregistrée ; point d’enregistrement marqué.</translation>
    </message>
    <message numerus="yes">
        <source>The %n changes the file refused earlier are saved now; checkpoint marked.</source>
        <translation>
            <numerusform>%n modification que le fichier avait refusée est maintenant enregistrée ; point d’enregistrement marqué.</numerusform>
            <numerusform>Les %n modifications que le fichier avait refusées sont maintenant enregistrées ; point d’enregistrement marqué.</numerusform>
        </translation>
    </message>
    <message>
        <source>A change is still not saved: the file refused it again (see the message above). Nothing was marked. Use File &gt; Save As… to keep it in a new file.</source>
        <translation>Une modification n’est toujours pas enregistrée : le fichier l’a de nouveau refusée (voir le message ci-dessus). Rien n’a été marqué. Utilisez Fichier &gt; Enregistrer sous… pour la conserver dans un nouveau fichier.</translation>
    </message>
    <message numerus="yes">
        <source>%n changes are still not saved: the file refused them again (see the message above). Nothing was marked. Use File &gt; Save As… to keep them in a new file.</source>
        <translation>
            <numerusform>%n modification n’est toujours pas enregistrée : le fichier l’a de nouveau refusée (voir le message ci-dessus). Rien n’a été marqué. Utilisez Fichier &gt; Enregistrer sous… pour la conserver dans un nouveau fichier.</numerusform>
            <numerusform>%n modifications ne sont toujours pas enregistrées : le fichier les a de nouveau refusées (voir le message ci-dessus). Rien n’a été marqué. Utilisez Fichier &gt; Enregistrer sous… pour les conserver dans un nouveau fichier.</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved as %1, with the change the old file refused; you are now working in this file.</source>
        <translation>Enregistré sous %1, avec la modification que l’ancien fichier avait refusée ; vous travaillez maintenant dans ce fichier.</translation>
    </message>
    <message numerus="yes">
        <source>Saved as %1, with the %n changes the old file refused; you are now working in this file.</source>
        <translation>
            <numerusform>Enregistré sous %1, avec %n modification que l’ancien fichier avait refusée ; vous travaillez maintenant dans ce fichier.</numerusform>
            <numerusform>Enregistré sous %1, avec les %n modifications que l’ancien fichier avait refusées ; vous travaillez maintenant dans ce fichier.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved as %1, but %n of the changes the old file refused could not be saved in it either (see the message above); they are still waiting.</source>
        <translation>
            <numerusform>Enregistré sous %1, mais %n des modifications que l’ancien fichier avait refusées n’a pas pu y être enregistrée non plus (voir le message ci-dessus) ; elle est toujours en attente.</numerusform>
            <numerusform>Enregistré sous %1, mais %n des modifications que l’ancien fichier avait refusées n’ont pas pu y être enregistrées non plus (voir le message ci-dessus) ; elles sont toujours en attente.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>history unreadable</source>
        <translation>historique illisible</translation>
    </message>
    <message>
        <source>1 entry</source>
        <translation>1 entrée</translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n entrée</numerusform>
            <numerusform>%n entrées</numerusform>
        </translation>
    </message>
    <message>
        <source>1 option</source>
        <translation>1 option</translation>
    </message>
    <message numerus="yes">
        <source>%n options</source>
        <translation>
            <numerusform>%n option</numerusform>
            <numerusform>%n options</numerusform>
        </translation>
    </message>
    <message>
        <source>1 criterion</source>
        <translation>1 critère</translation>
    </message>
    <message numerus="yes">
        <source>%n criteria</source>
        <translation>
            <numerusform>%n critère</numerusform>
            <numerusform>%n critères</numerusform>
        </translation>
    </message>
    <message>
        <source>%1; last change: %2</source>
        <translation>%1 ; dernière modification : %2</translation>
    </message>
    <message>
        <source>last change: %1</source>
        <translation>dernière modification : %1</translation>
    </message>
    <message>
        <source>The file as it was before you restored on %1</source>
        <translation>Le fichier tel qu’il était avant votre restauration du %1</translation>
    </message>
    <message>
        <source>“%1” is damaged, so Counterweight cannot open it.</source>
        <translation>« %1 » est endommagé : Counterweight ne peut pas l’ouvrir.</translation>
    </message>
    <message>
        <source>“%1” is not a Counterweight project any more: it may have been overwritten by another program.</source>
        <translation>« %1 » n’est plus un projet Counterweight : il a peut-être été écrasé par un autre programme.</translation>
    </message>
    <message>
        <source>“%1” was saved by a newer version of Counterweight. Open it with that newer version; the file itself is not damaged.</source>
        <translation>« %1 » a été enregistré par une version plus récente de Counterweight. Ouvrez-le avec cette version ; le fichier lui-même n’est pas endommagé.</translation>
    </message>
    <message>
        <source>“%1” no longer exists.</source>
        <translation>« %1 » n’existe plus.</translation>
    </message>
    <message>
        <source>Counterweight cannot open “%1”.</source>
        <translation>Counterweight ne peut pas ouvrir « %1 ».</translation>
    </message>
    <message>
        <source>If you cannot get the newer version, you can restore the automatic backup from %1 (%2) instead. It will not hold the changes made since then, and the current file is kept beside it under another name.</source>
        <translation>Si vous ne pouvez pas obtenir la version plus récente, vous pouvez restaurer à la place la sauvegarde automatique du %1 (%2). Elle ne contiendra pas les modifications faites depuis, et le fichier actuel est conservé à côté sous un autre nom.</translation>
    </message>
    <message>
        <source>Counterweight has an automatic backup of it from %1 (%2), which can be put back in its place.</source>
        <translation>Counterweight en possède une sauvegarde automatique du %1 (%2), qui peut être remise à sa place.</translation>
    </message>
    <message>
        <source>Counterweight keeps automatic backups of your projects. The newest one of this project is from %1 (%2). Restoring it puts that copy in place; the damaged file is kept beside it under another name, so nothing is deleted.</source>
        <translation>Counterweight conserve des sauvegardes automatiques de vos projets. La plus récente de ce projet date du %1 (%2). La restaurer met cette copie en place ; le fichier endommagé est conservé à côté sous un autre nom, rien n’est donc supprimé.</translation>
    </message>
    <message>
        <source>Could not open %1</source>
        <translation>Impossible d’ouvrir %1</translation>
    </message>
    <message>
        <source>Restore older backup from %1 (%2)</source>
        <translation>Restaurer l’ancienne sauvegarde du %1 (%2)</translation>
    </message>
    <message>
        <source>Restore backup from %1 (%2)</source>
        <translation>Restaurer la sauvegarde du %1 (%2)</translation>
    </message>
    <message>
        <source>Put the automatic backup in place of this file and open it</source>
        <translation>Mettre la sauvegarde automatique à la place de ce fichier et l’ouvrir</translation>
    </message>
    <message>
        <source>Open another file…</source>
        <translation>Ouvrir un autre fichier…</translation>
    </message>
    <message>
        <source>Choose a different project file to open</source>
        <translation>Choisir un autre fichier de projet à ouvrir</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Leave the file as it is</source>
        <translation>Laisser le fichier tel quel</translation>
    </message>
</context>
<context>
    <name>ScenarioEditorModel</name>
    <message>
        <source>Base score: {0}</source>
        <translation>Note de base : {0}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
</context>
<context>
    <name>ScoreClipboard</name>
    <message>
        <source>1 row</source>
        <translation>1 ligne</translation>
    </message>
    <message numerus="yes">
        <source>%n rows</source>
        <translation>
            <numerusform>%n ligne</numerusform>
            <numerusform>%n lignes</numerusform>
        </translation>
    </message>
    <message>
        <source>1 column</source>
        <translation>1 colonne</translation>
    </message>
    <message numerus="yes">
        <source>%n columns</source>
        <translation>
            <numerusform>%n colonne</numerusform>
            <numerusform>%n colonnes</numerusform>
        </translation>
    </message>
    <message>
        <source>The pasted block has {0} and {1}, but from {2} there is room for only {3} and {4}. Nothing was pasted.</source>
        <translation>Le bloc collé a {0} et {1}, mais à partir de {2} il n’y a de place que pour {3} et {4}. Rien n’a été collé.</translation>
    </message>
    <message>
        <source>row {0}, column {1} ({2}): {3}</source>
        <translation>ligne {0}, colonne {1} ({2}) : {3}</translation>
    </message>
    <message>
        <source> ({0} cells refused; nothing was pasted)</source>
        <translation> ({0} cellules refusées ; rien n’a été collé)</translation>
    </message>
    <message>
        <source> (nothing was pasted)</source>
        <translation> (rien n’a été collé)</translation>
    </message>
    <message>
        <source>1 score</source>
        <translation>1 note</translation>
    </message>
    <message numerus="yes">
        <source>%n scores</source>
        <translation>
            <numerusform>%n note</numerusform>
            <numerusform>%n notes</numerusform>
        </translation>
    </message>
    <message>
        <source>Paste {0} scores</source>
        <translation>Coller {0} notes</translation>
    </message>
    <message>
        <source>Paste: clear {0}</source>
        <translation>Coller : effacer {0}</translation>
    </message>
    <message>
        <source>Paste {0} scores: {1} set, {2} cleared</source>
        <translation>Coller {0} notes (saisies : {1}, effacées : {2})</translation>
    </message>
    <message>
        <source>Pasted {0}.</source>
        <translation>Collé : {0}.</translation>
    </message>
    <message>
        <source>Pasted: {0} cleared, because the pasted cells were empty.</source>
        <translation>Collé : effacement de {0}, car les cellules collées étaient vides.</translation>
    </message>
    <message>
        <source>Pasted {0}: {1} set, {2} cleared (the pasted cells there were empty).</source>
        <translation>Collé : {0} (saisies : {1}, effacées : {2} ; les cellules collées y étaient vides).</translation>
    </message>
    <message>
        <source>Undo takes the whole paste back.</source>
        <translation>Annuler défait tout le collage.</translation>
    </message>
    <message>
        <source>Paste score</source>
        <translation>Coller une note</translation>
    </message>
</context>
<context>
    <name>ScoreDelegate</name>
    <message>
        <source>Level for {0}</source>
        <translation>Niveau pour {0}</translation>
    </message>
    <message>
        <source>(no score)</source>
        <translation>(pas de note)</translation>
    </message>
    <message>
        <source>Value for {0}</source>
        <translation>Valeur pour {0}</translation>
    </message>
</context>
<context>
    <name>ScoreDetailPanel</name>
    <message>
        <source>Score details</source>
        <translation>Détail de la note</translation>
    </message>
    <message>
        <source>Score value</source>
        <translation>Valeur de la note</translation>
    </message>
    <message>
        <source>A number on its scale; empty: no score</source>
        <translation>Un nombre sur son échelle ; vide : pas de note</translation>
    </message>
    <message>
        <source>empty = no score</source>
        <translation>vide = pas de note</translation>
    </message>
    <message>
        <source>Score level</source>
        <translation>Niveau de la note</translation>
    </message>
    <message>
        <source>One of the criterion&apos;s named levels</source>
        <translation>L’un des niveaux nommés du critère</translation>
    </message>
    <message>
        <source>Give a plausible range</source>
        <translation>Indiquer une plage plausible</translation>
    </message>
    <message>
        <source>Adds low and high ends for the true value</source>
        <translation>Ajoute des bornes basse et haute pour la vraie valeur</translation>
    </message>
    <message>
        <source>Low end of the range</source>
        <translation>Borne basse de la plage</translation>
    </message>
    <message>
        <source>The lowest plausible value</source>
        <translation>La plus basse valeur plausible</translation>
    </message>
    <message>
        <source>High end of the range</source>
        <translation>Borne haute de la plage</translation>
    </message>
    <message>
        <source>The highest plausible value</source>
        <translation>La plus haute valeur plausible</translation>
    </message>
    <message>
        <source>to</source>
        <translation>à</translation>
    </message>
    <message>
        <source>Rationale</source>
        <translation>Justification</translation>
    </message>
    <message>
        <source>Why this score; Tab moves on</source>
        <translation>Pourquoi cette note ; Tab passe au champ suivant</translation>
    </message>
    <message>
        <source>Why this score? Cite the reasoning.</source>
        <translation>Pourquoi cette note ? Donnez le raisonnement.</translation>
    </message>
    <message>
        <source>Why the changes could not be applied</source>
        <translation>Pourquoi les modifications n’ont pas pu être appliquées</translation>
    </message>
    <message>
        <source>One undo step; Ctrl+Return does the same</source>
        <translation>Une seule étape d’annulation ; Ctrl+Entrée fait de même</translation>
    </message>
    <message>
        <source>Shows the saved score again</source>
        <translation>Réaffiche la note enregistrée</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Preuves</translation>
    </message>
    <message>
        <source>Library passages are linked to the shared scores; switch to the shared inputs to manage them.</source>
        <translation>Les passages de la bibliothèque sont liés aux notes communes ; passez aux données communes pour les gérer.</translation>
    </message>
    <message>
        <source>Problem with this score</source>
        <translation>Problème avec cette note</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Appliquer</translation>
    </message>
    <message>
        <source>Apply the changes to this score</source>
        <translation>Appliquer les modifications à cette note</translation>
    </message>
    <message>
        <source>Apply (Ctrl+Return)</source>
        <translation>Appliquer (Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Annuler les modifications</translation>
    </message>
    <message>
        <source>Discard the changes to this score</source>
        <translation>Abandonner les modifications de cette note</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Range</source>
        <translation>Plage</translation>
    </message>
    <message>
        <source>Select a cell of the score matrix to see its details.</source>
        <translation>Sélectionnez une cellule de la matrice des notes pour en voir le détail.</translation>
    </message>
    <message>
        <source>In {0}</source>
        <translation>Dans {0}</translation>
    </message>
    <message>
        <source>Shared score&apos;s rationale: {0}</source>
        <translation>Justification de la note commune : {0}</translation>
    </message>
    <message>
        <source>The change typed in the score details could not be applied.

{0}</source>
        <translation>La modification saisie dans le détail de la note n’a pas pu être appliquée.

{0}</translation>
    </message>
    <message>
        <source>Sources behind this score: source, locator and note, one row each</source>
        <translation>Les sources de cette note : source, repère et remarque, une ligne chacune</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Locator</source>
        <translation>Repère</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <source>Add source</source>
        <translation>Ajouter une source</translation>
    </message>
    <message>
        <source>Add an evidence row</source>
        <translation>Ajouter une ligne de preuve</translation>
    </message>
    <message>
        <source>Adds an empty row and starts editing its source</source>
        <translation>Ajoute une ligne vide et commence la saisie de sa source</translation>
    </message>
    <message>
        <source>Remove source</source>
        <translation>Retirer la source</translation>
    </message>
    <message>
        <source>Remove the selected evidence row</source>
        <translation>Retirer la ligne de preuve sélectionnée</translation>
    </message>
    <message>
        <source>Removes the selected row from this score&apos;s evidence</source>
        <translation>Retire la ligne sélectionnée des preuves de cette note</translation>
    </message>
    <message>
        <source>From the source library: rename it there (Evidence › Source library, Ctrl+L).</source>
        <translation>De la bibliothèque de sources : renommez-la là-bas (Preuves › Bibliothèque de sources, Ctrl+L).</translation>
    </message>
    <message>
        <source>evidence row {0} needs a source.</source>
        <translation>la ligne de preuve {0} doit avoir une source.</translation>
    </message>
    <message>
        <source>Scale of the criterion</source>
        <translation>Échelle du critère</translation>
    </message>
    <message>
        <source>The scale of the selected criterion and what its levels mean</source>
        <translation>L’échelle du critère sélectionné et le sens de ses niveaux</translation>
    </message>
    <message>
        <source>Scroll to read the whole scale</source>
        <translation>Faites défiler pour lire toute l’échelle</translation>
    </message>
    <message>
        <source>Scale: {0}</source>
        <translation>Échelle : {0}</translation>
    </message>
    <message>
        <source>(no score)</source>
        <translation>(pas de note)</translation>
    </message>
    <message>
        <source>“{0}” is not a number. Enter a number from {1}.</source>
        <translation>« {0} » n’est pas un nombre. Saisissez un nombre de {1}.</translation>
    </message>
    <message>
        <source>the value {0} is outside the scale ({1}).</source>
        <translation>la valeur {0} est hors de l’échelle ({1}).</translation>
    </message>
    <message>
        <source>Whose score this is</source>
        <translation>À qui est cette note</translation>
    </message>
    <message>
        <source>The shared score or an analyst&apos;s own</source>
        <translation>La note commune ou celle propre à un analyste</translation>
    </message>
    <message>
        <source>Use shared value</source>
        <translation>Utiliser la valeur commune</translation>
    </message>
    <message>
        <source>Use the shared value</source>
        <translation>Utiliser la valeur commune</translation>
    </message>
    <message>
        <source>Remove this analyst&apos;s own score so the shared score counts for them again</source>
        <translation>Retirer la note propre de cet analyste pour que la note commune compte à nouveau pour lui</translation>
    </message>
    <message>
        <source>{0}: the analysts&apos; scores combined. Read-only: switch to an analyst&apos;s view or the shared inputs to edit this score.</source>
        <translation>{0} : les notes des analystes combinées. Lecture seule : passez à la vue d’un analyste ou aux données communes pour modifier cette note.</translation>
    </message>
    <message>
        <source>The evidence listed is the shared score&apos;s.</source>
        <translation>Les preuves listées sont celles de la note commune.</translation>
    </message>
    <message>
        <source>{0}&apos;s own score.</source>
        <translation>Note propre de {0}.</translation>
    </message>
    <message>
        <source>Shared value (no own score): a change here becomes {0}&apos;s own score.</source>
        <translation>Valeur commune (pas de note propre) : une modification ici devient la note propre de {0}.</translation>
    </message>
</context>
<context>
    <name>ScoreMatrix</name>
    <message>
        <source>Score matrix</source>
        <translation>Matrice des notes</translation>
    </message>
    <message>
        <source>Options in rows, criteria in columns. Press F2 or Enter, or start typing, to edit a score; Enter saves it and moves down a row. Delete clears it.</source>
        <translation>Les options en lignes, les critères en colonnes. F2 ou Entrée, ou la frappe directe, modifie une note ; Entrée l’enregistre et descend d’une ligne. Suppr l’efface.</translation>
    </message>
    <message>
        <source>Score entry problem</source>
        <translation>Problème de saisie de la note</translation>
    </message>
    <message>
        <source>The score typed in the matrix could not be applied.

{0}

The cell still shows what was typed.</source>
        <translation>La note saisie dans la matrice n’a pas pu être appliquée.

{0}

La cellule montre encore ce qui a été saisi.</translation>
    </message>
    <message>
        <source>This project is open read-only, so no score can be cleared.</source>
        <translation>Ce projet est ouvert en lecture seule : aucune note ne peut être effacée.</translation>
    </message>
    <message>
        <source>Clear {0} scores</source>
        <translation>Effacer {0} notes</translation>
    </message>
    <message>
        <source>&amp;Copy scores</source>
        <translation>&amp;Copier les notes</translation>
    </message>
    <message>
        <source>Copy the selected scores as tab-separated text for a spreadsheet</source>
        <translation>Copier les notes sélectionnées en texte séparé par des tabulations, pour un tableur</translation>
    </message>
    <message>
        <source>&amp;Paste scores</source>
        <translation>Co&amp;ller les notes</translation>
    </message>
    <message>
        <source>Paste a block of scores copied from a spreadsheet, starting at the current cell</source>
        <translation>Coller un bloc de notes copié depuis un tableur, à partir de la cellule courante</translation>
    </message>
    <message>
        <source>C&amp;lear scores</source>
        <translation>&amp;Effacer les notes</translation>
    </message>
    <message>
        <source>Clear the scores of the selected cells (one undo step)</source>
        <translation>Efface les notes des cellules sélectionnées (une seule étape d’annulation)</translation>
    </message>
    <message>
        <source>This project is open read-only, so nothing can be pasted.</source>
        <translation>Ce projet est ouvert en lecture seule : rien ne peut y être collé.</translation>
    </message>
    <message>
        <source>There are no options and no criteria to score yet, so there is nowhere to paste scores. Add them first.</source>
        <translation>Il n’y a encore ni options ni critères à noter : il n’y a nulle part où coller des notes. Ajoutez-les d’abord.</translation>
    </message>
    <message>
        <source>There are no options yet, so there is nowhere to paste scores. Add an option first.</source>
        <translation>Il n’y a encore aucune option : il n’y a nulle part où coller des notes. Ajoutez d’abord une option.</translation>
    </message>
    <message>
        <source>There are no criteria to score yet, so there is nowhere to paste scores. Add a criterion first.</source>
        <translation>Il n’y a encore aucun critère à noter : il n’y a nulle part où coller des notes. Ajoutez d’abord un critère.</translation>
    </message>
    <message>
        <source>Choose the cell where the pasted block should start, then paste again.</source>
        <translation>Choisissez la cellule où doit commencer le bloc collé, puis collez de nouveau.</translation>
    </message>
</context>
<context>
    <name>ScoreTableModel</name>
    <message>
        <source>levels {0}</source>
        <translation>niveaux {0}</translation>
    </message>
    <message>
        <source>{0} to {1}</source>
        <translation>{0} à {1}</translation>
    </message>
    <message>
        <source>higher is better</source>
        <translation>plus haut est mieux</translation>
    </message>
    <message>
        <source>lower is better</source>
        <translation>plus bas est mieux</translation>
    </message>
    <message>
        <source>group (not scored)</source>
        <translation>groupe (non noté)</translation>
    </message>
    <message>
        <source>“{0}” is ambiguous: a comma followed by three digits may separate thousands or mark decimals. Type {1} or {2}.</source>
        <translation>« {0} » est ambigu : une virgule suivie de trois chiffres peut séparer les milliers ou marquer les décimales. Tapez {1} ou {2}.</translation>
    </message>
    <message>
        <source>“{0}” is ambiguous: its commas may separate thousands or mark decimals. Type {1}, without commas, and use a dot as the decimal point.</source>
        <translation>« {0} » est ambigu : ses virgules peuvent séparer les milliers ou marquer les décimales. Tapez {1}, sans virgule, avec un point pour les décimales.</translation>
    </message>
    <message>
        <source>“{0}” is not a level of {1}. Choose one of: {2}.</source>
        <translation>« {0} » n’est pas un niveau de {1}. Choisissez parmi : {2}.</translation>
    </message>
    <message>
        <source>{0} is a group; it is not scored directly.</source>
        <translation>{0} est un groupe ; il n’est pas noté directement.</translation>
    </message>
    <message>
        <source>“{0}” is not a number. Enter a number from {1} (a range may follow in brackets, e.g. 5 (3-7)), or leave the cell empty to clear the score.</source>
        <translation>« {0} » n’est pas un nombre. Saisissez un nombre de {1} (une plage peut suivre entre parenthèses, par exemple 5 (3-7)), ou laissez la cellule vide pour effacer la note.</translation>
    </message>
    <message>
        <source>value</source>
        <translation>valeur</translation>
    </message>
    <message>
        <source>low end</source>
        <translation>borne basse</translation>
    </message>
    <message>
        <source>high end</source>
        <translation>borne haute</translation>
    </message>
    <message>
        <source>the {0} {1} is outside the scale ({2}).</source>
        <translation>la {0} {1} est hors de l’échelle ({2}).</translation>
    </message>
    <message>
        <source>{0} lies outside this score&apos;s range ({1} to {2}). Type the value with a new range, e.g. 5 (3-7), or change the range in the detail panel.</source>
        <translation>{0} est hors de la plage de cette note ({1} à {2}). Tapez la valeur avec une nouvelle plage, par exemple 5 (3-7), ou changez la plage dans le panneau de détail.</translation>
    </message>
    <message>
        <source>no score</source>
        <translation>pas de note</translation>
    </message>
    <message>
        <source>No score yet.</source>
        <translation>Pas encore de note.</translation>
    </message>
    <message>
        <source>Score: {0}</source>
        <translation>Note : {0}</translation>
    </message>
    <message>
        <source>Level means: {0}</source>
        <translation>Sens du niveau : {0}</translation>
    </message>
    <message>
        <source>Plausible range: {0} to {1}</source>
        <translation>Plage plausible : {0} à {1}</translation>
    </message>
    <message>
        <source>Rationale: {0}</source>
        <translation>Justification : {0}</translation>
    </message>
    <message>
        <source>Evidence: {0}</source>
        <translation>Preuves : {0}</translation>
    </message>
    <message>
        <source>{0}&apos;s own score: {1}</source>
        <translation>Note propre de {0} : {1}</translation>
    </message>
    <message>
        <source>{0}&apos;s rationale: {1}</source>
        <translation>Justification de {0} : {1}</translation>
    </message>
    <message>
        <source>{0} recorded no rationale of their own.</source>
        <translation>{0} n’a saisi aucune justification propre.</translation>
    </message>
    <message>
        <source>{0}&apos;s evidence: {1}</source>
        <translation>Preuves de {0} : {1}</translation>
    </message>
    <message>
        <source>Evidence behind {0}&apos;s score: {1}, {2}</source>
        <translation>Preuves de la note de {0} : {1}, {2}</translation>
    </message>
    <message>
        <source>{0}&apos;s score rests on no evidence of its own.</source>
        <translation>La note de {0} ne repose sur aucune preuve propre.</translation>
    </message>
    <message>
        <source>No shared score yet.</source>
        <translation>Pas encore de note commune.</translation>
    </message>
    <message>
        <source>Shared score: {0} ({1} gave no score of their own)</source>
        <translation>Note commune : {0} ({1} n’a pas donné de note propre)</translation>
    </message>
    <message>
        <source>Shared score: {0}</source>
        <translation>Note commune : {0}</translation>
    </message>
    <message>
        <source>Shared score&apos;s rationale: {0}</source>
        <translation>Justification de la note commune : {0}</translation>
    </message>
    <message>
        <source>Shared score&apos;s evidence: {0}</source>
        <translation>Preuves de la note commune : {0}</translation>
    </message>
    <message>
        <source>Evidence behind the shared score: {0}, {1}</source>
        <translation>Preuves de la note commune : {0}, {1}</translation>
    </message>
    <message>
        <source>The shared score rests on no evidence.</source>
        <translation>La note commune ne repose sur aucune preuve.</translation>
    </message>
    <message>
        <source>No view gives a score:</source>
        <translation>Aucune vue ne donne de note :</translation>
    </message>
    <message>
        <source>Only one view gives a score:</source>
        <translation>Une seule vue donne une note :</translation>
    </message>
    <message numerus="yes">
        <source>The {0} of %n views:</source>
        <translation>
            <numerusform>La {0} de %n vue :</numerusform>
            <numerusform>La {0} de %n vues :</numerusform>
        </translation>
    </message>
    <message>
        <source>Shared inputs</source>
        <translation>Données communes</translation>
    </message>
    <message>
        <source>• {0}: no score</source>
        <translation>• {0} : pas de note</translation>
    </message>
    <message>
        <source>• {0}: {1}, the shared score (no score of their own)</source>
        <translation>• {0} : {1}, la note commune (pas de note propre)</translation>
    </message>
    <message>
        <source>No group score: no view gives one.</source>
        <translation>Pas de note de groupe : aucune vue n&apos;en donne.</translation>
    </message>
    <message>
        <source>Group score: {0}</source>
        <translation>Note du groupe : {0}</translation>
    </message>
    <message>
        <source>1 item</source>
        <translation>1 élément</translation>
    </message>
    <message>
        <source>Value: {0} of 100</source>
        <translation>Valeur : {0} sur 100</translation>
    </message>
    <message numerus="yes">
        <source>%n items</source>
        <translation>
            <numerusform>%n élément</numerusform>
            <numerusform>%n éléments</numerusform>
        </translation>
    </message>
    <message>
        <source>Evidence behind this score: {0}, {1}</source>
        <translation>Preuves de cette note : {0}, {1}</translation>
    </message>
    <message>
        <source>This score rests on no evidence.</source>
        <translation>Cette note ne repose sur aucune preuve.</translation>
    </message>
    <message>
        <source>Scale: {0}</source>
        <translation>Échelle : {0}</translation>
    </message>
    <message>
        <source>weak support</source>
        <translation>appui faible</translation>
    </message>
    <message>
        <source>medium support</source>
        <translation>appui moyen</translation>
    </message>
    <message>
        <source>strong support</source>
        <translation>appui fort</translation>
    </message>
    <message>
        <source>no support</source>
        <translation>aucun appui</translation>
    </message>
    <message>
        <source>The group view is read-only: it combines the analysts&apos; scores. Switch to an analyst&apos;s view or the shared inputs to edit.</source>
        <translation>La vue de groupe est en lecture seule : elle combine les notes des analystes. Passez à la vue d’un analyste ou aux données communes pour modifier.</translation>
    </message>
</context>
<context>
    <name>SensitivityChart</name>
    <message>
        <source>Local weight of {0} (%)</source>
        <translation>Poids local de {0} (%)</translation>
    </message>
    <message>
        <source>Overall score as the weight of {0} changes</source>
        <translation>Note globale selon le poids de {0}</translation>
    </message>
    <message>
        <source>Lines of the best {0} of {1} options at the current weight, with every option that comes first somewhere on the axis; the table lists them all.</source>
        <translation>Courbes des {0} meilleures options sur {1} au poids actuel, avec toutes celles qui passent en tête quelque part sur l’axe ; le tableau les donne toutes.</translation>
    </message>
    <message>
        <source>Current weight: {0} %</source>
        <translation>Poids actuel : {0} %</translation>
    </message>
    <message>
        <source>Top changes: {0}</source>
        <translation>Changement en tête : {0}</translation>
    </message>
    <message>
        <source>Top never changes</source>
        <translation>La tête ne change jamais</translation>
    </message>
    <message>
        <source>{option}: {score} when {criterion} has {weight} % of its group&apos;s weight</source>
        <translation>{option} : {score} quand {criterion} a {weight} % du poids de son groupe</translation>
    </message>
    <message>
        <source>⚑ It breaches a red line.</source>
        <translation>⚑ Elle franchit une ligne rouge.</translation>
    </message>
</context>
<context>
    <name>SensitivityPanel</name>
    <message>
        <source>Sensitivity</source>
        <translation>Sensibilité</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>What would change the top option</source>
        <translation>Ce qui changerait l’option en tête</translation>
    </message>
    <message>
        <source>The smallest change that puts another option first</source>
        <translation>Le plus petit changement qui met une autre option en tête</translation>
    </message>
    <message>
        <source>Criterion whose weight is varied</source>
        <translation>Critère dont le poids varie</translation>
    </message>
    <message>
        <source>The chart follows this criterion&apos;s weight</source>
        <translation>Le graphique suit le poids de ce critère</translation>
    </message>
    <message>
        <source>&amp;Weight of:</source>
        <translation>&amp;Poids de :</translation>
    </message>
    <message>
        <source>Score against weight chart</source>
        <translation>Graphique de la note en fonction du poids</translation>
    </message>
    <message>
        <source>Each option&apos;s overall score as the chosen criterion&apos;s weight goes from 0 to 100 percent of its group.</source>
        <translation>La note globale de chaque option quand le poids du critère choisi va de 0 à 100 % de son groupe.</translation>
    </message>
    <message>
        <source>Chart legend</source>
        <translation>Légende du graphique</translation>
    </message>
    <message>
        <source>Distance to flip chart</source>
        <translation>Graphique des écarts avant basculement</translation>
    </message>
    <message>
        <source>For each weight and score, the smallest change that puts another option first, as a share of its range.</source>
        <translation>Pour chaque poids et chaque note, le plus petit changement qui met une autre option en tête, en part de son étendue.</translation>
    </message>
    <message>
        <source>How robust the ranking is to changes in weights and scores</source>
        <translation>La robustesse du classement aux changements de poids et de notes</translation>
    </message>
    <message>
        <source>Updating: starting again with the latest change…</source>
        <translation>Mise à jour : reprise avec la dernière modification…</translation>
    </message>
    <message>
        <source>the sensitivity analysis</source>
        <translation>l’analyse de sensibilité</translation>
    </message>
    <message>
        <source>Updating… {0} %</source>
        <translation>Mise à jour… {0} %</translation>
    </message>
    <message>
        <source>The results below are from before the last change.</source>
        <translation>Les résultats ci-dessous datent d’avant la dernière modification.</translation>
    </message>
    <message>
        <source>The sensitivity analysis could not run: {0}</source>
        <translation>L’analyse de sensibilité n’a pas pu être faite : {0}</translation>
    </message>
    <message>
        <source>Sensitivity updated: {0}</source>
        <translation>Sensibilité mise à jour : {0}</translation>
    </message>
    <message>
        <source>Open a decision to see how robust its ranking is.</source>
        <translation>Ouvrez une décision pour voir la robustesse de son classement.</translation>
    </message>
</context>
<context>
    <name>SensitivityText</name>
    <message>
        <source>(first)</source>
        <translation>(en tête)</translation>
    </message>
    <message>
        <source>(tied first)</source>
        <translation>(ex æquo en tête)</translation>
    </message>
    <message>
        <source>rises</source>
        <translation>monte</translation>
    </message>
    <message>
        <source>falls</source>
        <translation>baisse</translation>
    </message>
    <message>
        <source>the weight of {name} {verb} from {old} % to {new} %</source>
        <translation>le poids de {name} {verb} de {old} % à {new} %</translation>
    </message>
    <message>
        <source>(local {0} % → {1} %)</source>
        <translation>(local {0} % → {1} %)</translation>
    </message>
    <message>
        <source>moves one level</source>
        <translation>change d’un niveau</translation>
    </message>
    <message>
        <source>moves {0} levels</source>
        <translation>change de {0} niveaux</translation>
    </message>
    <message>
        <source>⚑ breaches the red line on {0}</source>
        <translation>⚑ franchit la ligne rouge sur {0}</translation>
    </message>
    <message>
        <source>⚑ breaches the red lines on {0}</source>
        <translation>⚑ franchit les lignes rouges sur {0}</translation>
    </message>
    <message>
        <source>⚑ breaches a red line</source>
        <translation>⚑ franchit une ligne rouge</translation>
    </message>
    <message>
        <source>{0} ({1})</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <source>{0} then comes first</source>
        <translation>{0} passe alors en tête</translation>
    </message>
    <message>
        <source>{0} then comes first; ⚑ it breaches the red line on {1}</source>
        <translation>{0} passe alors en tête ; ⚑ elle franchit la ligne rouge sur {1}</translation>
    </message>
    <message>
        <source>{0} then comes first; ⚑ it breaches the red lines on {1}</source>
        <translation>{0} passe alors en tête ; ⚑ elle franchit les lignes rouges sur {1}</translation>
    </message>
    <message>
        <source>(⚑ breaches a red line)</source>
        <translation>(⚑ franchit une ligne rouge)</translation>
    </message>
    <message>
        <source>the score of {option} on {criterion} {moves}, from ‘{old}’ to ‘{new}’</source>
        <translation>la note de {option} sur {criterion} {moves}, de « {old} » à « {new} »</translation>
    </message>
    <message>
        <source>the score of {option} on {criterion} rises just above {old}{unit}</source>
        <translation>la note de {option} sur {criterion} dépasse tout juste {old}{unit}</translation>
    </message>
    <message>
        <source>the score of {option} on {criterion} falls just below {old}{unit}</source>
        <translation>la note de {option} sur {criterion} passe juste sous {old}{unit}</translation>
    </message>
    <message>
        <source>the score of {option} on {criterion} moves from {old} to {new}{unit}</source>
        <translation>la note de {option} sur {criterion} passe de {old} à {new}{unit}</translation>
    </message>
    <message>
        <source>There is nothing to compare.</source>
        <translation>Il n’y a rien à comparer.</translation>
    </message>
    <message>
        <source>{0} share first place: any change to a weight or a score that favours one of them puts it first.</source>
        <translation>{0} se partagent la première place : tout changement d’un poids ou d’une note qui favorise l’une d’elles la met en tête.</translation>
    </message>
    <message>
        <source>{0} stays first whatever single weight or score changes within its range.</source>
        <translation>{0} reste en tête quel que soit le poids ou la note qui change seul dans sa plage.</translation>
    </message>
    <message>
        <source>{0} more changes of the same size</source>
        <translation>{0} autres changements de même ampleur</translation>
    </message>
    <message>
        <source>{0} stays first unless any one of these changes is made:</source>
        <translation>{0} reste en tête sauf si l’un de ces changements est fait :</translation>
    </message>
    <message>
        <source>No single change smaller than {0} % of its range puts another option ahead of {1}. The nearest changes that would:</source>
        <translation>Aucun changement isolé inférieur à {0} % de sa plage ne fait passer une autre option devant {1}. Les changements les plus proches qui le feraient :</translation>
    </message>
    <message>
        <source>{0} stays first unless {1}.</source>
        <translation>{0} reste en tête sauf si {1}.</translation>
    </message>
    <message>
        <source>, or if </source>
        <translation>, ou si </translation>
    </message>
    <message>
        <source>No single change smaller than {0} % of its range puts another option ahead of {1}; the nearest: {2}.</source>
        <translation>Aucun changement isolé inférieur à {0} % de sa plage ne fait passer une autre option devant {1} ; le plus proche : {2}.</translation>
    </message>
    <message>
        <source>, or </source>
        <translation>, ou </translation>
    </message>
    <message>
        <source>Robust</source>
        <translation>Robuste</translation>
    </message>
    <message>
        <source>Fragile</source>
        <translation>Fragile</translation>
    </message>
    <message>
        <source>Tied</source>
        <translation>Ex æquo</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>Sans objet</translation>
    </message>
    <message>
        <source>No single weight or score change within its range puts another option first.</source>
        <translation>Aucun changement isolé de poids ou de note dans sa plage ne met une autre option en tête.</translation>
    </message>
    <message>
        <source>Bars: the smallest decrease (left) or increase (right) that puts another option first. Dotted lines: {0} % of the range.</source>
        <translation>Barres : la plus petite baisse (à gauche) ou hausse (à droite) qui met une autre option en tête. Pointillés : {0} % de la plage.</translation>
    </message>
    <message>
        <source>Showing the {0} most fragile of {1}; hover a bar for details.</source>
        <translation>Affichage des {0} plus fragiles sur {1} ; survolez une barre pour les détails.</translation>
    </message>
</context>
<context>
    <name>SessionController</name>
    <message>
        <source>That analyst is no longer in the project.</source>
        <translation>Cet analyste ne fait plus partie du projet.</translation>
    </message>
    <message>
        <source>The analyst whose view was shown is no longer in the project; showing the shared inputs.</source>
        <translation>L’analyste dont la vue était affichée ne fait plus partie du projet ; affichage des données communes.</translation>
    </message>
    <message>
        <source>Showing the shared inputs: {0}</source>
        <translation>Affichage des données communes : {0}</translation>
    </message>
    <message>
        <source>Showing {0}&apos;s view again.</source>
        <translation>La vue de {0} est de nouveau affichée.</translation>
    </message>
</context>
<context>
    <name>SourceDetailsForm</name>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>The title of the document or report</source>
        <translation>Le titre du document ou du rapport</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <source>Who wrote it: a person or an organisation</source>
        <translation>Qui l’a écrit : une personne ou un organisme</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>Éditeur</translation>
    </message>
    <message>
        <source>Who published it</source>
        <translation>Qui l’a publié</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Publication</translation>
    </message>
    <message>
        <source>When it was published, in any form</source>
        <translation>Quand il a été publié, sous n’importe quelle forme</translation>
    </message>
    <message>
        <source>e.g. 2024-11-20 or November 2024</source>
        <translation>p. ex. 2024-11-20 ou novembre 2024</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>A URL or citation, kept as text and never opened</source>
        <translation>Une URL ou une citation, gardée comme texte et jamais ouverte</translation>
    </message>
    <message>
        <source>URL or citation (kept as text, never opened)</source>
        <translation>URL ou citation (gardée comme texte, jamais ouverte)</translation>
    </message>
    <message>
        <source>Reliability of the source</source>
        <translation>Fiabilité de la source</translation>
    </message>
    <message>
        <source>Admiralty grade, A (reliable) to F (unknown)</source>
        <translation>Cote de l’Amirauté, de A (fiable) à F (inconnue)</translation>
    </message>
    <message>
        <source>A – completely reliable</source>
        <translation>A – entièrement fiable</translation>
    </message>
    <message>
        <source>B – usually reliable</source>
        <translation>B – habituellement fiable</translation>
    </message>
    <message>
        <source>C – fairly reliable</source>
        <translation>C – assez fiable</translation>
    </message>
    <message>
        <source>D – not usually reliable</source>
        <translation>D – habituellement peu fiable</translation>
    </message>
    <message>
        <source>E – unreliable</source>
        <translation>E – non fiable</translation>
    </message>
    <message>
        <source>F – cannot be judged</source>
        <translation>F – impossible à évaluer</translation>
    </message>
    <message>
        <source>Admiralty scale: how far this source can usually be trusted</source>
        <translation>Échelle de l’Amirauté : à quel point on peut d’habitude se fier à cette source</translation>
    </message>
    <message>
        <source>Where the text came from</source>
        <translation>D’où vient le texte</translation>
    </message>
    <message>
        <source>The file and time the text was imported from</source>
        <translation>Le fichier d’où le texte a été importé, et quand</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre :</translation>
    </message>
    <message>
        <source>&amp;Author:</source>
        <translation>&amp;Auteur :</translation>
    </message>
    <message>
        <source>&amp;Publisher:</source>
        <translation>Édit&amp;eur :</translation>
    </message>
    <message>
        <source>Pu&amp;blished:</source>
        <translation>&amp;Publication :</translation>
    </message>
    <message>
        <source>Re&amp;ference:</source>
        <translation>Ré&amp;férence :</translation>
    </message>
    <message>
        <source>Reliabilit&amp;y:</source>
        <translation>Fia&amp;bilité :</translation>
    </message>
    <message>
        <source>Text imported from {0} on {1} ({2} characters).</source>
        <translation>Texte importé de {0} le {1} ({2} caractères).</translation>
    </message>
    <message>
        <source>No text yet: use “Load text into source…” to import it.</source>
        <translation>Pas encore de texte : utilisez « Charger un texte dans la source… » pour l’importer.</translation>
    </message>
</context>
<context>
    <name>SourcesDialog</name>
    <message>
        <source>Source library</source>
        <translation>Bibliothèque de sources</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>Pick a source to see its details and text</source>
        <translation>Choisissez une source pour voir ses détails et son texte</translation>
    </message>
    <message>
        <source>&amp;New source</source>
        <translation>&amp;Nouvelle source</translation>
    </message>
    <message>
        <source>Add an empty source</source>
        <translation>Ajouter une source vide</translation>
    </message>
    <message>
        <source>Creates a source with no text, to fill in by hand</source>
        <translation>Crée une source sans texte, à remplir à la main</translation>
    </message>
    <message>
        <source>&amp;Import text…</source>
        <translation>&amp;Importer un texte…</translation>
    </message>
    <message>
        <source>Import a new source from a .txt, .md or .html file</source>
        <translation>Importer une nouvelle source depuis un fichier .txt, .md ou .html</translation>
    </message>
    <message>
        <source>Reads the file as plain text; nothing is run</source>
        <translation>Lit le fichier comme du texte brut ; rien n’est exécuté</translation>
    </message>
    <message>
        <source>Loa&amp;d text into source…</source>
        <translation>&amp;Charger un texte dans la source…</translation>
    </message>
    <message>
        <source>Load the selected source&apos;s text from a file</source>
        <translation>Charger le texte de la source sélectionnée depuis un fichier</translation>
    </message>
    <message>
        <source>Replaces the selected source&apos;s text with a file&apos;s</source>
        <translation>Remplace le texte de la source sélectionnée par celui d’un fichier</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>Remove the selected source</source>
        <translation>Retirer la source sélectionnée</translation>
    </message>
    <message>
        <source>Deletes it and its links (undo: Ctrl+Z)</source>
        <translation>La supprime avec ses liens (Ctrl+Z annule)</translation>
    </message>
    <message>
        <source>&amp;Save details</source>
        <translation>Enregistrer les &amp;détails</translation>
    </message>
    <message>
        <source>Save the source&apos;s details</source>
        <translation>Enregistrer les détails de la source</translation>
    </message>
    <message>
        <source>Keeps the title, author and other details typed above</source>
        <translation>Garde le titre, l’auteur et les autres détails saisis au-dessus</translation>
    </message>
    <message>
        <source>Source text</source>
        <translation>Texte de la source</translation>
    </message>
    <message>
        <source>Read-only; select a passage, then link it to a score</source>
        <translation>Lecture seule ; sélectionnez un passage, puis liez-le à une note</translation>
    </message>
    <message>
        <source>Scores citing this source</source>
        <translation>Notes qui citent cette source</translation>
    </message>
    <message>
        <source>The scores whose evidence quotes this source</source>
        <translation>Les notes dont les preuves citent cette source</translation>
    </message>
    <message>
        <source>&amp;Link to selected score…</source>
        <translation>&amp;Lier à la note sélectionnée…</translation>
    </message>
    <message>
        <source>Link the selected passage to a score</source>
        <translation>Lier le passage sélectionné à une note</translation>
    </message>
    <message>
        <source>Choose the scores the selected passage supports</source>
        <translation>Choisir les notes qu’étaye le passage sélectionné</translation>
    </message>
    <message>
        <source>Select a passage of the text first (Ctrl+Shift+L)</source>
        <translation>Sélectionnez d’abord un passage du texte (Ctrl+Maj+L)</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>Why the last action could not be done</source>
        <translation>Pourquoi la dernière action n’a pas pu être faite</translation>
    </message>
    <message>
        <source>{0} (no text)</source>
        <translation>{0} (sans texte)</translation>
    </message>
    <message>
        <source>No score cites this source yet.</source>
        <translation>Aucune note ne cite encore cette source.</translation>
    </message>
    <message>
        <source>Cited by 1 score; linked passages are shaded.</source>
        <translation>Citée par 1 note ; les passages liés sont grisés.</translation>
    </message>
    <message numerus="yes">
        <source>Cited by %n scores; linked passages are shaded.</source>
        <translation>
            <numerusform>Citée par %n note ; les passages liés sont grisés.</numerusform>
            <numerusform>Citée par %n notes ; les passages liés sont grisés.</numerusform>
        </translation>
    </message>
    <message>
        <source>New source</source>
        <translation>Nouvelle source</translation>
    </message>
    <message>
        <source>Source text (*.txt *.md *.markdown *.html *.htm)</source>
        <translation>Texte de source (*.txt *.md *.markdown *.html *.htm)</translation>
    </message>
    <message>
        <source>Import source text</source>
        <translation>Importer le texte d’une source</translation>
    </message>
    <message>
        <source>Replace text</source>
        <translation>Remplacer le texte</translation>
    </message>
    <message>
        <source>Replace the text of “{0}”? Linked passages are looked up again in the new text; those no longer found keep their quote but lose their place.</source>
        <translation>Remplacer le texte de « {0} » ? Les passages liés sont recherchés à nouveau dans le nouveau texte ; ceux qui ne s’y trouvent plus gardent leur citation mais perdent leur emplacement.</translation>
    </message>
    <message>
        <source>Load text into “{0}”</source>
        <translation>Charger un texte dans « {0} »</translation>
    </message>
    <message>
        <source>Source details</source>
        <translation>Détails de la source</translation>
    </message>
    <message>
        <source>Unsaved source details</source>
        <translation>Détails de la source non enregistrés</translation>
    </message>
    <message>
        <source>Save the changes to the details of “{0}”?</source>
        <translation>Enregistrer les changements des détails de « {0} » ?</translation>
    </message>
    <message>
        <source>Remove source</source>
        <translation>Retirer la source</translation>
    </message>
    <message>
        <source>Remove it?</source>
        <translation>La retirer ?</translation>
    </message>
    <message>
        <source>Select a passage of the source&apos;s text first.</source>
        <translation>Sélectionnez d’abord un passage du texte de la source.</translation>
    </message>
    <message>
        <source>Link evidence to {0} scores</source>
        <translation>Lier une preuve à {0} notes</translation>
    </message>
</context>
<context>
    <name>SpreadsheetActions</name>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Classeurs Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Import sprea&amp;dsheet…</source>
        <translation>Importer un &amp;classeur…</translation>
    </message>
    <message>
        <source>Create a project from a filled-in template (.xlsx), a long-format CSV file, or a table of scores with options in rows and criteria in columns (.xlsx or .csv)</source>
        <translation>Créer un projet à partir d’un modèle rempli (.xlsx), d’un fichier CSV au format long, ou d’un tableau de notes avec les options en lignes et les critères en colonnes (.xlsx ou .csv)</translation>
    </message>
    <message>
        <source>E&amp;xport spreadsheet…</source>
        <translation>E&amp;xporter un classeur…</translation>
    </message>
    <message>
        <source>Write the matrix, weights, results and rationales to Excel (.xlsx), or the matrix to CSV</source>
        <translation>Écrire la matrice, les poids, les résultats et les justifications dans Excel (.xlsx), ou la matrice en CSV</translation>
    </message>
    <message>
        <source>Export blank &amp;template…</source>
        <translation>Exporter un modèle &amp;vierge…</translation>
    </message>
    <message>
        <source>Write an empty workbook to fill in and import, with a README sheet</source>
        <translation>Écrire un classeur vide à remplir puis importer, avec une feuille README</translation>
    </message>
    <message>
        <source>Import spreadsheet</source>
        <translation>Importer un classeur</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.xlsm *.csv *.tsv)</source>
        <translation>Classeurs (*.xlsx *.xlsm *.csv *.tsv)</translation>
    </message>
    <message>
        <source>A spreadsheet is already being imported.</source>
        <translation>Un classeur est déjà en cours d’importation.</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Lecture de %1…</translation>
    </message>
    <message>
        <source>Could not import %1</source>
        <translation>Impossible d’importer %1</translation>
    </message>
    <message>
        <source>The import was cancelled; no project was created.</source>
        <translation>L’importation a été annulée ; aucun projet n’a été créé.</translation>
    </message>
    <message>
        <source>Imported %1 into %2</source>
        <translation>%1 importé dans %2</translation>
    </message>
    <message>
        <source>A spreadsheet is already being exported.</source>
        <translation>Un classeur est déjà en cours d’export.</translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>Export vers %1…</translation>
    </message>
    <message>
        <source>The export was cancelled; nothing was written.</source>
        <translation>L’export a été annulé ; rien n’a été écrit.</translation>
    </message>
    <message>
        <source>Could not export to %1</source>
        <translation>Impossible d’exporter vers %1</translation>
    </message>
    <message>
        <source>The file holds the shared inputs and their results, not the analyst&apos;s or group view the window shows.</source>
        <translation>Le fichier contient les données communes et leurs résultats, pas la vue de l’analyste ou du groupe que montre la fenêtre.</translation>
    </message>
    <message>
        <source>Exported the decision to %1</source>
        <translation>Décision exportée vers %1</translation>
    </message>
    <message>
        <source>(with notes)</source>
        <translation>(avec remarques)</translation>
    </message>
    <message>
        <source>Stopping the export…</source>
        <translation>Arrêt de l’export…</translation>
    </message>
    <message>
        <source>Export spreadsheet</source>
        <translation>Exporter un classeur</translation>
    </message>
    <message>
        <source>%1 already exists. Replace it?</source>
        <translation>%1 existe déjà. Le remplacer ?</translation>
    </message>
    <message>
        <source>Export blank template</source>
        <translation>Exporter un modèle vierge</translation>
    </message>
    <message>
        <source>Could not write %1</source>
        <translation>Impossible d’écrire %1</translation>
    </message>
    <message>
        <source>Wrote the blank template to %1</source>
        <translation>Modèle vierge écrit dans %1</translation>
    </message>
    <message>
        <source>CSV score matrix, for reading (*.csv)</source>
        <translation>Matrice des notes CSV, pour lecture (*.csv)</translation>
    </message>
    <message>
        <source>CSV, one row per score, imports back (*.csv)</source>
        <translation>CSV, une ligne par note, réimportable (*.csv)</translation>
    </message>
    <message>
        <source>the spreadsheet import</source>
        <translation>l’importation du classeur</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>StartupShell</name>
    <message>
        <source>Counterweight is starting</source>
        <extracomment>Translators: the accessible name of the window shown while Counterweight starts.</extracomment>
        <translation>Counterweight démarre</translation>
    </message>
    <message>
        <source>Opening {name}…</source>
        <extracomment>Translators: shown while Counterweight starts; {name} is the file being opened.</extracomment>
        <translation>Ouverture de {name}…</translation>
    </message>
    <message>
        <source>Opening your decision…</source>
        <extracomment>Translators: shown while Counterweight starts and opens the last (or example) project.</extracomment>
        <translation>Ouverture de votre décision…</translation>
    </message>
</context>
<context>
    <name>ThresholdTable</name>
    <message>
        <source>Each threshold moves one weight alone: the other criteria in its group share the rest in their present proportions, and the weights outside the group stay as they are.</source>
        <translation>Chaque seuil fait varier un seul poids : les autres critères de son groupe se partagent le reste dans leurs proportions actuelles, et les poids hors du groupe restent tels quels.</translation>
    </message>
    <message>
        <source>Top changes at</source>
        <translation>Changement en tête à</translation>
    </message>
    <message>
        <source>→ new top option</source>
        <translation>→ nouvelle option en tête</translation>
    </message>
    <message>
        <source>Weight thresholds per criterion</source>
        <translation>Seuils de poids par critère</translation>
    </message>
    <message>
        <source>How far each weight may move before another option leads; Enter charts it</source>
        <translation>Jusqu’où chaque poids peut varier avant qu’une autre option passe en tête ; Entrée en affiche le graphique</translation>
    </message>
    <message>
        <source>One weight moves at a time: the other criteria in its group keep their proportions.</source>
        <translation>Un seul poids varie à la fois : les autres critères de son groupe gardent leurs proportions.</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Critère</translation>
    </message>
    <message>
        <source>Criteria, indented under their groups</source>
        <translation>Critères, en retrait sous leur groupe</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Poids</translation>
    </message>
    <message>
        <source>Its share of its group&apos;s weight (local weight)</source>
        <translation>Sa part du poids de son groupe (poids local)</translation>
    </message>
    <message>
        <source>The local weight at which another option comes first, and that option: ↓ if this weight falls to it, ↑ if it rises to it; ⚑: the option breaches a red line.</source>
        <translation>Le poids local auquel une autre option passe en tête, et cette option : ↓ si ce poids descend jusque-là, ↑ s’il monte jusque-là ; ⚑ : l’option franchit une ligne rouge.</translation>
    </message>
    <message>
        <source>If its weight falls to {0} % of its group ({1} % of the total weight), {2} comes first.</source>
        <translation>Si son poids descend à {0} % de son groupe ({1} % du poids total), {2} passe en tête.</translation>
    </message>
    <message>
        <source>If its weight rises to {0} % of its group ({1} % of the total weight), {2} comes first.</source>
        <translation>Si son poids monte à {0} % de son groupe ({1} % du poids total), {2} passe en tête.</translation>
    </message>
    <message>
        <source>Double-click a row (or press Enter) to chart that criterion</source>
        <translation>Double-cliquez sur une ligne (ou appuyez sur Entrée) pour afficher le graphique de ce critère</translation>
    </message>
    <message>
        <source>No weight from 0 % to 100 % puts another option first.</source>
        <translation>Aucun poids de 0 % à 100 % ne met une autre option en tête.</translation>
    </message>
    <message>
        <source>{0} % of its group; {1} % of the total weight</source>
        <translation>{0} % de son groupe ; {1} % du poids total</translation>
    </message>
    <message>
        <source>Found by search, to within {0} percentage points.</source>
        <translation>Valeur trouvée par recherche, à {0} point de pourcentage près.</translation>
    </message>
</context>
<context>
    <name>TornadoChart</name>
    <message>
        <source>Weight: {0}</source>
        <translation>Poids : {0}</translation>
    </message>
    <message>
        <source>Weight of {0}</source>
        <translation>Poids de {0}</translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <translation>{0} : {1}</translation>
    </message>
    <message>
        <source>Score of {0} on {1}</source>
        <translation>Note de {0} sur {1}</translation>
    </message>
    <message>
        <source>Distance to a change of the top option</source>
        <translation>Écart avant un changement d’option en tête</translation>
    </message>
    <message>
        <source>Fragile</source>
        <translation>Fragile</translation>
    </message>
    <message>
        <source>Robust</source>
        <translation>Robuste</translation>
    </message>
    <message>
        <source>← decrease    % of range    increase →</source>
        <extracomment>Translators: three phrases set apart by runs of spaces; a narrow chart puts them on lines of their own.</extracomment>
        <translation>← baisse    % de l’étendue    hausse →</translation>
    </message>
    <message>
        <source>Fragile: under {0} % of its range</source>
        <translation>Fragile : moins de {0} % de son étendue</translation>
    </message>
    <message>
        <source> (the {0} most fragile of {1})</source>
        <translation> (les {0} plus fragiles sur {1})</translation>
    </message>
    <message>
        <source>a decrease of {0} % of its range</source>
        <translation>une baisse de {0} % de son étendue</translation>
    </message>
    <message>
        <source>an increase of {0} % of its range</source>
        <translation>une hausse de {0} % de son étendue</translation>
    </message>
    <message>
        <source>{0}: the top option changes after {1}.</source>
        <translation>{0} : l’option en tête change après {1}.</translation>
    </message>
    <message>
        <source> or </source>
        <translation> ou </translation>
    </message>
    <message>
        <source>({0} then comes first)</source>
        <translation>({0} passe alors en tête)</translation>
    </message>
    <message>
        <source>({0} then comes first; ⚑ it breaches the red line on {1})</source>
        <translation>({0} passe alors en tête ; ⚑ elle franchit la ligne rouge sur {1})</translation>
    </message>
    <message>
        <source>({0} then comes first; ⚑ it breaches the red lines on {1})</source>
        <translation>({0} passe alors en tête ; ⚑ elle franchit les lignes rouges sur {1})</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>TradeoffChart</name>
    <message>
        <source>Efficient frontier</source>
        <translation>Frontière efficace</translation>
    </message>
    <message>
        <source>Frontier</source>
        <translation>Frontière</translation>
    </message>
    <message>
        <source>Efficient option</source>
        <translation>Option efficace</translation>
    </message>
    <message>
        <source>Efficient</source>
        <translation>Efficace</translation>
    </message>
    <message>
        <source>Dominated option</source>
        <translation>Option dominée</translation>
    </message>
    <message>
        <source>Dominated</source>
        <translation>Dominée</translation>
    </message>
</context>
<context>
    <name>TradeoffPanel</name>
    <message>
        <source>Trade-offs</source>
        <translation>Arbitrages</translation>
    </message>
    <message>
        <source>the trade-offs map</source>
        <translation>la carte des compromis</translation>
    </message>
    <message>
        <source>X axis (across)</source>
        <translation>Axe X (horizontal)</translation>
    </message>
    <message>
        <source>The part of the value tree the map puts across, from 0 on the left to 100 on the right</source>
        <translation>La partie de l’arbre des valeurs placée à l’horizontale, de 0 à gauche à 100 à droite</translation>
    </message>
    <message>
        <source>&amp;X axis (across):</source>
        <translation>Axe &amp;X (horizontal) :</translation>
    </message>
    <message>
        <source>Y axis (up)</source>
        <translation>Axe Y (vertical)</translation>
    </message>
    <message>
        <source>The part of the value tree the map puts up, from 0 at the bottom to 100 at the top</source>
        <translation>La partie de l’arbre des valeurs placée à la verticale, de 0 en bas à 100 en haut</translation>
    </message>
    <message>
        <source>Y axi&amp;s (up):</source>
        <translation>Axe Y (vert&amp;ical) :</translation>
    </message>
    <message>
        <source>Why there is no map</source>
        <translation>Pourquoi il n’y a pas de carte</translation>
    </message>
    <message>
        <source>Trade-offs map</source>
        <translation>Carte des arbitrages</translation>
    </message>
    <message>
        <source>Each option placed by its value on the two chosen parts of the value tree; the line joins the options no other option beats on both.</source>
        <translation>Chaque option placée selon sa valeur sur les deux parties choisies de l’arbre des valeurs ; la ligne relie les options qu’aucune autre ne surpasse sur les deux.</translation>
    </message>
    <message>
        <source>What the map shows</source>
        <translation>Ce que montre la carte</translation>
    </message>
    <message>
        <source>The efficient options, the dominated ones and what the top option gives up against its nearest efficient rival</source>
        <translation>Les options efficaces, les options dominées et ce que l’option en tête concède face à sa plus proche rivale efficace</translation>
    </message>
    <message>
        <source>Key to the map</source>
        <translation>Légende de la carte</translation>
    </message>
    <message>
        <source>Each numbered point of the map: the option, its two values and whether another option beats it on both</source>
        <translation>Chaque point numéroté de la carte : l’option, ses deux valeurs et si une autre option la surpasse sur les deux</translation>
    </message>
    <message>
        <source>The map needs the weighted sum: the axes can be chosen under it.</source>
        <translation>La carte demande la somme pondérée : les axes se choisissent avec elle.</translation>
    </message>
    <message>
        <source>Already on the other axis</source>
        <translation>Déjà sur l’autre axe</translation>
    </message>
    <message>
        <source>The key lists the first {0} options of {1}.</source>
        <translation>La légende donne les {0} premières options sur {1}.</translation>
    </message>
    <message>
        <source>{0} (0-100 value; higher = lower {0})</source>
        <translation>{0} (valeur 0-100 ; plus haut = {0} plus bas)</translation>
    </message>
    <message>
        <source>{0} (0-100 value)</source>
        <translation>{0} (valeur 0-100)</translation>
    </message>
    <message>
        <source>Open a project to see its trade-offs.</source>
        <translation>Ouvrez un projet pour voir ses arbitrages.</translation>
    </message>
    <message>
        <source>No map for {0}: its score is not a sum of points from each criterion, so the options have no value on a part of the tree. The map needs the weighted sum.</source>
        <translation>Pas de carte pour {0} : son score n’est pas une somme de points venant de chaque critère, les options n’ont donc pas de valeur sur une partie de l’arbre. La carte demande la somme pondérée.</translation>
    </message>
    <message>
        <source>No map: ‘{0}’ and ‘{1}’ have no weight, so no 0-100 value scale. Choose other axes or give them weight.</source>
        <translation>Pas de carte : « {0} » et « {1} » n’ont aucun poids, donc pas d’échelle de valeur 0-100. Choisissez d’autres axes ou donnez-leur du poids.</translation>
    </message>
    <message>
        <source>No map: ‘{0}’ has no weight, so it has no 0-100 value scale. Choose another axis or give it a weight.</source>
        <translation>Pas de carte : « {0} » n’a aucun poids, il n’a donc pas d’échelle de valeur 0-100. Choisissez un autre axe ou donnez-lui un poids.</translation>
    </message>
    <message>
        <source>No map: there is no option to place (a red line excludes every option).</source>
        <translation>Pas de carte : aucune option à placer (une ligne rouge exclut toutes les options).</translation>
    </message>
    <message>
        <source>No map: the decision needs at least two scored criteria.</source>
        <translation>Pas de carte : la décision demande au moins deux critères notés.</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Option</source>
        <translation>Option</translation>
    </message>
    <message>
        <source>Standing</source>
        <translation>Situation</translation>
    </message>
    <message>
        <source>Efficient</source>
        <translation>Efficace</translation>
    </message>
    <message>
        <source>{0} and {1} more</source>
        <translation>{0} et {1} de plus</translation>
    </message>
    <message>
        <source>Dominated by {0}; {1} short on {2}</source>
        <translation>Dominée par {0} ; {1} de moins sur {2}</translation>
    </message>
    <message>
        <source>{0} is better on both {1} and {2}</source>
        <translation>{0} est meilleure à la fois sur {1} et sur {2}</translation>
    </message>
    <message>
        <source>{0} is as good on {1} and better on {2}</source>
        <translation>{0} est aussi bonne sur {1} et meilleure sur {2}</translation>
    </message>
    <message>
        <source>{0} is dominated by {1} and one other option: {2}.</source>
        <translation>{0} est dominée par {1} et une autre option : {2}.</translation>
    </message>
    <message>
        <source>{0} is dominated by {1} and {2} other options: {3}.</source>
        <translation>{0} est dominée par {1} et {2} autres options : {3}.</translation>
    </message>
    <message>
        <source>{0} is dominated by {1}: {2}.</source>
        <translation>{0} est dominée par {1} : {2}.</translation>
    </message>
    <message>
        <source>{0} more options are dominated (see the key).</source>
        <translation>{0} autres options sont dominées (voir la légende).</translation>
    </message>
    <message>
        <source>{0} share first place and stand at the same point.</source>
        <translation>{0} partagent la première place et se trouvent au même point.</translation>
    </message>
    <message>
        <source>{0} share first place; the map shows where each stands on the two axes.</source>
        <translation>{0} partagent la première place ; la carte montre où chacune se situe sur les deux axes.</translation>
    </message>
    <message>
        <source>The top option, {0}, is dominated on these two axes by {1}: it leads on the criteria as a whole.</source>
        <translation>L’option en tête, {0}, est dominée sur ces deux axes par {1} : elle mène sur l’ensemble des critères.</translation>
    </message>
    <message>
        <source>The top option, {0}, is the only efficient option: it is at least as good as every other on both axes.</source>
        <translation>L’option en tête, {0}, est la seule option efficace : elle est au moins aussi bonne que toutes les autres sur les deux axes.</translation>
    </message>
    <message>
        <source>The top option, {0}, stands at the same point as {1}.</source>
        <translation>L’option en tête, {0}, se trouve au même point que {1}.</translation>
    </message>
    <message>
        <source>Against its nearest efficient rival, {0}, the top option, {1}, gives up {2} on {3} for {4} more on {5}.</source>
        <translation>Face à sa plus proche rivale efficace, {0}, l’option en tête, {1}, concède {2} sur {3} pour {4} de plus sur {5}.</translation>
    </message>
    <message>
        <source>Only one option, {0}, is placed, so there is nothing to compare it with on a map: it stands at {1} on {2} and {3} on {4} (0-100 value).</source>
        <translation>Une seule option, {0}, est placée : il n’y a rien à lui comparer sur une carte. Elle se situe à {1} sur {2} et à {3} sur {4} (valeur 0-100).</translation>
    </message>
    <message>
        <source>Efficient: {0}.</source>
        <translation>Efficaces : {0}.</translation>
    </message>
    <message>
        <source>No option has a score under {0}: every option stands at 0 on that axis.</source>
        <translation>Aucune option n’a de note sous {0} : toutes les options sont à 0 sur cet axe.</translation>
    </message>
    <message>
        <source>Not on the map (excluded by a red line): {0}.</source>
        <translation>Absentes de la carte (exclues par une ligne rouge) : {0}.</translation>
    </message>
</context>
<context>
    <name>UncertaintyPanel</name>
    <message>
        <source>Uniform</source>
        <translation>Uniforme</translation>
    </message>
    <message>
        <source>Triangular</source>
        <translation>Triangulaire</translation>
    </message>
    <message>
        <source>PERT (beta)</source>
        <translation>PERT (bêta)</translation>
    </message>
    <message>
        <source>uniform</source>
        <translation>uniforme</translation>
    </message>
    <message>
        <source>triangular</source>
        <translation>triangulaire</translation>
    </message>
    <message>
        <source>As set (exact)</source>
        <translation>Tels que saisis (exacts)</translation>
    </message>
    <message>
        <source>Within ranges</source>
        <translation>Dans des plages</translation>
    </message>
    <message>
        <source>Order of importance only</source>
        <translation>Ordre d’importance seulement</translation>
    </message>
    <message>
        <source>Unknown (any weights)</source>
        <translation>Inconnus (poids quelconques)</translation>
    </message>
    <message>
        <source>Uncertainty</source>
        <translation>Incertitude</translation>
    </message>
    <message>
        <source>Widen the ranges of weakly supported scores</source>
        <translation>Élargir les plages des notes peu étayées</translation>
    </message>
    <message>
        <source>Widen ranges by evidence</source>
        <translation>Élargir les plages selon les preuves</translation>
    </message>
    <message>
        <source>Each end of a numeric score&apos;s range moves out by 20 % of its scale when the score has no evidence and by 10 % when its evidence is only of low credibility. The stored scores do not change.</source>
        <translation>Chaque borne de la plage d’une note numérique s’écarte de 20 % de son échelle quand la note n’a aucune preuve, et de 10 % quand ses preuves sont seulement de faible crédibilité. Les notes enregistrées ne changent pas.</translation>
    </message>
    <message>
        <source>Uncertainty: widen ranges by evidence</source>
        <translation>Incertitude : élargir les plages selon les preuves</translation>
    </message>
    <message>
        <source>As rated</source>
        <translation>Telles que notées</translation>
    </message>
    <message>
        <source>Where evidence is weak: one level either way</source>
        <translation>Preuves faibles : un niveau de plus ou de moins</translation>
    </message>
    <message>
        <source>Every score: one level either way</source>
        <translation>Toutes les notes : un niveau de plus ou de moins</translation>
    </message>
    <message>
        <source>Number of draws</source>
        <translation>Nombre de tirages</translation>
    </message>
    <message>
        <source>More draws give steadier shares but take longer (100 to 1,000,000).</source>
        <translation>Plus de tirages donnent des parts plus stables mais prennent plus de temps (100 à 1 000 000).</translation>
    </message>
    <message>
        <source>Random seed</source>
        <translation>Graine aléatoire</translation>
    </message>
    <message>
        <source>The same seed and settings always give the same results.</source>
        <translation>La même graine et les mêmes réglages donnent toujours les mêmes résultats.</translation>
    </message>
    <message>
        <source>Distribution of ranged scores</source>
        <translation>Loi des notes à plage</translation>
    </message>
    <message>
        <source>How a score varies between its low and high ends; its value is the most likely one.</source>
        <translation>Comment une note varie entre ses bornes basse et haute ; sa valeur est la plus probable.</translation>
    </message>
    <message>
        <source>Level-rated scores</source>
        <translation>Notes à niveaux</translation>
    </message>
    <message>
        <source>Whether scores rated on a scale of levels vary in the draws. One level either way: the level below, the rated level or the level above, each with chance 1/3 (at the end of the scale the rated level has 2/3). Weak evidence: none, or only items of low credibility. The stored scores do not change.</source>
        <translation>Si les notes données sur une échelle de niveaux varient dans les tirages. Un niveau de plus ou de moins : le niveau en dessous, le niveau noté ou le niveau au-dessus, chacun avec une probabilité de 1/3 (en bout d’échelle, le niveau noté a 2/3). Preuves faibles : aucune preuve, ou seulement des éléments de faible crédibilité. Les notes enregistrées ne changent pas.</translation>
    </message>
    <message>
        <source>&amp;Draws:</source>
        <translation>T&amp;irages :</translation>
    </message>
    <message>
        <source>&amp;Seed:</source>
        <translation>&amp;Graine :</translation>
    </message>
    <message>
        <source>Ran&amp;ged scores:</source>
        <translation>Note&amp;s à plage :</translation>
    </message>
    <message>
        <source>Level-rated scores:</source>
        <translation>Notes à niveaux :</translation>
    </message>
    <message>
        <source>&amp;Weights:</source>
        <translation>&amp;Poids :</translation>
    </message>
    <message>
        <source>Ranged scores</source>
        <translation>Notes à plage</translation>
    </message>
    <message>
        <source>How many scores have a range the run will vary</source>
        <translation>Combien de notes ont une plage que le calcul fera varier</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>E&amp;xécuter</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Run the uncertainty analysis (Ctrl+R)</source>
        <translation>Exécuter l’analyse d’incertitude (Ctrl+R)</translation>
    </message>
    <message>
        <source>Stop the run (Esc)</source>
        <translation>Arrêter le calcul (Échap)</translation>
    </message>
    <message>
        <source>Progress of the run</source>
        <translation>Avancement du calcul</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>Why the settings cannot be used as they are</source>
        <translation>Pourquoi les réglages ne peuvent pas être utilisés tels quels</translation>
    </message>
    <message>
        <source>Run status</source>
        <translation>État du calcul</translation>
    </message>
    <message>
        <source>How the run went, or that its results are out of date</source>
        <translation>Le déroulement du calcul, ou le fait que ses résultats sont périmés</translation>
    </message>
    <message>
        <source>Uncertainty: number of draws</source>
        <translation>Incertitude : nombre de tirages</translation>
    </message>
    <message>
        <source>Uncertainty: random seed</source>
        <translation>Incertitude : graine aléatoire</translation>
    </message>
    <message>
        <source>Uncertainty: score distribution</source>
        <translation>Incertitude : loi des notes</translation>
    </message>
    <message>
        <source>Uncertainty: level-rated scores</source>
        <translation>Incertitude : notes à niveaux</translation>
    </message>
    <message>
        <source>Out of date: the decision has changed since this run. Run again (Ctrl+R) to update.</source>
        <translation>Périmé : la décision a changé depuis ce calcul. Exécutez-le à nouveau (Ctrl+R) pour le mettre à jour.</translation>
    </message>
    <message>
        <source>There is nothing to compare: add at least two options.</source>
        <translation>Il n’y a rien à comparer : ajoutez au moins deux options.</translation>
    </message>
    <message>
        <source>Running {0:,} draws…</source>
        <translation>Calcul de {0:,} tirages…</translation>
    </message>
    <message>
        <source>the uncertainty analysis</source>
        <translation>l’analyse d’incertitude</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <source>The uncertainty analysis could not run: {0}</source>
        <translation>L’analyse d’incertitude n’a pas pu être faite : {0}</translation>
    </message>
    <message>
        <source> The results shown are from the previous run.</source>
        <translation> Les résultats affichés viennent du calcul précédent.</translation>
    </message>
    <message>
        <source>Cancelled after {0:,} of {1:,} draws; nothing was kept.</source>
        <translation>Annulé après {0:,} tirages sur {1:,} ; rien n’a été conservé.</translation>
    </message>
    <message>
        <source>The uncertainty run has ended: {0:,} draws; the results are below.</source>
        <translation>Le calcul d’incertitude est terminé : {0:,} tirages ; les résultats sont ci-dessous.</translation>
    </message>
</context>
<context>
    <name>UndoStops</name>
    <message>
        <source>Nothing to undo</source>
        <translation>Rien à annuler</translation>
    </message>
    <message>
        <source>View &gt; History lists every change and can restore an earlier value.</source>
        <translation>Affichage &gt; Historique liste chaque modification et permet de rétablir une valeur antérieure.</translation>
    </message>
    <message>
        <source>Nothing more to undo: Undo keeps only the last {0} steps. {1}</source>
        <translation>Plus rien à annuler : Annuler ne garde que les {0} dernières étapes. {1}</translation>
    </message>
    <message>
        <source>Nothing more to undo since the project was opened. {0}</source>
        <translation>Plus rien à annuler depuis l’ouverture du projet. {0}</translation>
    </message>
    <message>
        <source>Nothing to undo since the project was opened. {0}</source>
        <translation>Rien à annuler depuis l’ouverture du projet. {0}</translation>
    </message>
    <message>
        <source>Undo keeps the last {0} steps: from now on the oldest is let go as you work. View &gt; History still lists every change and can restore an earlier value.</source>
        <translation>Annuler garde les {0} dernières étapes : désormais, la plus ancienne est abandonnée au fil de votre travail. Affichage &gt; Historique liste toujours chaque modification et permet de rétablir une valeur antérieure.</translation>
    </message>
</context>
<context>
    <name>ViewActions</name>
    <message>
        <source>Go to &amp;Options</source>
        <translation>Aller aux &amp;options</translation>
    </message>
    <message>
        <source>Go to &amp;Criteria</source>
        <translation>Aller aux &amp;critères</translation>
    </message>
    <message>
        <source>Go to &amp;Scores</source>
        <translation>Aller aux &amp;notes</translation>
    </message>
    <message>
        <source>Go to score &amp;details</source>
        <translation>Aller au &amp;détail de la note</translation>
    </message>
    <message>
        <source>Rese&amp;t layout</source>
        <translation>&amp;Réinitialiser la disposition</translation>
    </message>
    <message>
        <source>Go to &amp;Weights</source>
        <translation>Aller aux &amp;poids</translation>
    </message>
    <message>
        <source>Go to &amp;Ranking</source>
        <translation>Aller au cla&amp;ssement</translation>
    </message>
    <message>
        <source>&amp;Analysis</source>
        <translation>&amp;Analyse</translation>
    </message>
</context>
<context>
    <name>ViewCaption</name>
    <message>
        <source>mean</source>
        <translation>moyenne</translation>
    </message>
    <message>
        <source>median</source>
        <translation>médiane</translation>
    </message>
    <message>
        <source>geometric mean</source>
        <translation>moyenne géométrique</translation>
    </message>
    <message>
        <source>Shared inputs</source>
        <translation>Données communes</translation>
    </message>
    <message>
        <source>scores: {0}, weights: {1}</source>
        <translation>notes : {0}, poids : {1}</translation>
    </message>
    <message>
        <source>Group view ({0})</source>
        <translation>Vue de groupe ({0})</translation>
    </message>
    <message>
        <source>Analyst view: {0}</source>
        <translation>Vue d’analyste : {0}</translation>
    </message>
    <message>
        <source>Whose inputs this panel shows</source>
        <translation>À qui sont les saisies affichées dans ce panneau</translation>
    </message>
</context>
<context>
    <name>ViewMenu</name>
    <message>
        <source>Whose &amp;judgements</source>
        <translation>&amp;Jugements de</translation>
    </message>
    <message>
        <source>&amp;Shared inputs</source>
        <translation>&amp;Données communes</translation>
    </message>
    <message>
        <source>&amp;Group view (read-only)</source>
        <translation>&amp;Vue de groupe (lecture seule)</translation>
    </message>
</context>
<context>
    <name>ViewSwitcher</name>
    <message>
        <source>Whose inputs to show</source>
        <translation>Quelles saisies afficher</translation>
    </message>
    <message>
        <source>Show and edit the shared inputs or one analyst&apos;s own; the group view combines the analysts and cannot be edited.</source>
        <translation>Afficher et modifier les données communes ou celles d’un analyste ; la vue de groupe combine les analystes et ne peut pas être modifiée.</translation>
    </message>
    <message>
        <source>Shared inputs</source>
        <translation>Données communes</translation>
    </message>
    <message>
        <source>Group view (read-only)</source>
        <translation>Vue de groupe (lecture seule)</translation>
    </message>
    <message>
        <source>Showing {0}. {1}</source>
        <translation>Affichage : {0}. {1}</translation>
    </message>
</context>
<context>
    <name>WeightEditor</name>
    <message>
        <source>Weight of {0} in points</source>
        <translation>Poids de {0} en points</translation>
    </message>
    <message>
        <source>0 to 100 points; only ratios between siblings matter</source>
        <translation>0 à 100 points ; seuls comptent les rapports entre critères voisins</translation>
    </message>
    <message>
        <source>Points for {0}</source>
        <translation>Points pour {0}</translation>
    </message>
    <message>
        <source>Type the points; they may go above 100</source>
        <translation>Tapez les points ; ils peuvent dépasser 100</translation>
    </message>
    <message>
        <source>Points can go above 100 here; only ratios between siblings matter.</source>
        <translation>Ici les points peuvent dépasser 100 ; seuls comptent les rapports entre critères voisins.</translation>
    </message>
</context>
<context>
    <name>WeightUncertaintyEditor</name>
    <message>
        <source>As set (exact)</source>
        <translation>Tels que saisis (exacts)</translation>
    </message>
    <message>
        <source>Within ranges</source>
        <translation>Dans des plages</translation>
    </message>
    <message>
        <source>Order of importance only</source>
        <translation>Ordre d’importance seulement</translation>
    </message>
    <message>
        <source>Unknown (any weights)</source>
        <translation>Inconnus (poids quelconques)</translation>
    </message>
    <message>
        <source>The weights are taken as they are; only ranged scores vary.</source>
        <translation>Les poids sont pris tels quels ; seules les notes à plage varient.</translation>
    </message>
    <message>
        <source>Each criterion&apos;s overall weight varies within its range.</source>
        <translation>Le poids global de chaque critère varie dans sa plage.</translation>
    </message>
    <message>
        <source>Any weights that keep the criteria&apos;s order of importance.</source>
        <translation>Tous les poids qui respectent l’ordre d’importance des critères.</translation>
    </message>
    <message>
        <source>Every set of weights is equally likely.</source>
        <translation>Tous les jeux de poids sont également probables.</translation>
    </message>
    <message>
        <source>How the weights may vary</source>
        <translation>Comment les poids peuvent varier</translation>
    </message>
    <message>
        <source>As set, within ranges, by order of importance, or any weights</source>
        <translation>Tels que saisis, dans des plages, selon l’ordre d’importance, ou quelconques</translation>
    </message>
    <message>
        <source>Weight ranges</source>
        <translation>Plages de poids</translation>
    </message>
    <message>
        <source>Each criterion&apos;s low and high share of all weight, in %</source>
        <translation>Les parts basse et haute de chaque critère dans le poids total, en %</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Critère</translation>
    </message>
    <message>
        <source>Now %</source>
        <translation>Actuel %</translation>
    </message>
    <message>
        <source>Low %</source>
        <translation>Bas %</translation>
    </message>
    <message>
        <source>High %</source>
        <translation>Haut %</translation>
    </message>
    <message>
        <source>Bounds on each criterion&apos;s share of the total weight, in %. Leave both blank for 0 to 100.</source>
        <translation>Bornes de la part de chaque critère dans le poids total, en %. Laissez les deux vides pour 0 à 100.</translation>
    </message>
    <message>
        <source>Criteria from most to least important</source>
        <translation>Critères du plus au moins important</translation>
    </message>
    <message>
        <source>Alt+Up and Alt+Down move the selected criterion</source>
        <translation>Alt+Haut et Alt+Bas déplacent le critère sélectionné</translation>
    </message>
    <message>
        <source>Move dow&amp;n</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <source>Order &amp;by weights</source>
        <translation>&amp;Mettre dans l’ordre des poids</translation>
    </message>
    <message>
        <source>Changes the order of importance above</source>
        <translation>Change l’ordre d’importance ci-dessus</translation>
    </message>
    <message>
        <source>{0} ({1})</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <source>Most important first:</source>
        <translation>Le plus important en premier :</translation>
    </message>
    <message>
        <source>Suggested from the current weights and not saved yet: move a criterion or press “Order by weights” to use this order.</source>
        <translation>Proposé d’après les poids actuels et pas encore enregistré : déplacez un critère ou appuyez sur « Mettre dans l’ordre des poids » pour utiliser cet ordre.</translation>
    </message>
    <message>
        <source>Uncertainty: how weights vary</source>
        <translation>Incertitude : variation des poids</translation>
    </message>
    <message>
        <source>The weight range of {0} must be two numbers from 0 to 100, the lowest first.</source>
        <translation>La plage de poids de {0} doit être deux nombres de 0 à 100, le plus petit en premier.</translation>
    </message>
    <message>
        <source>Uncertainty: weight range of {0}</source>
        <translation>Incertitude : plage de poids de {0}</translation>
    </message>
    <message>
        <source>Uncertainty: importance order</source>
        <translation>Incertitude : ordre d’importance</translation>
    </message>
    <message>
        <source>&amp;Move up</source>
        <translation>Monter</translation>
    </message>
</context>
<context>
    <name>WeightingDialog</name>
    <message>
        <source>the top level</source>
        <translation>le premier niveau</translation>
    </message>
    <message>
        <source>Elicit weights: {0}</source>
        <translation>Établir les poids : {0}</translation>
    </message>
    <message>
        <source>Weighting method</source>
        <translation>Méthode de pondération</translation>
    </message>
    <message>
        <source>Points, ranking, swing or pairwise (AHP)</source>
        <translation>Points, rangs, swing ou par paires (AHP)</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>&amp;Méthode :</translation>
    </message>
    <message>
        <source>Every criterion here gets the same weight.</source>
        <translation>Chaque critère reçoit ici le même poids.</translation>
    </message>
    <message>
        <source>Elicited by</source>
        <translation>Établi par</translation>
    </message>
    <message>
        <source>Who gave these judgements; kept with them</source>
        <translation>Qui a donné ces jugements ; conservé avec eux</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <source>Who took part, what was discussed</source>
        <translation>Qui a participé, ce qui a été discuté</translation>
    </message>
    <message>
        <source>Who took part, what was discussed, sources…</source>
        <translation>Qui a participé, ce qui a été discuté, sources…</translation>
    </message>
    <message>
        <source>Elicited &amp;by:</source>
        <translation>Éta&amp;bli par :</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>Remar&amp;que :</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Store these judgements and set the weights (Ctrl+Return)</source>
        <translation>Enregistrer ces jugements et fixer les poids (Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Use &amp;shared judgements</source>
        <translation>Utiliser les jugements &amp;communs</translation>
    </message>
    <message>
        <source>Use the shared judgements</source>
        <translation>Utiliser les jugements communs</translation>
    </message>
    <message>
        <source>Remove this analyst&apos;s own judgements and points here, so the shared ones count for them again</source>
        <translation>Retirer ici les jugements et les points propres à cet analyste, pour que les communs comptent à nouveau pour lui</translation>
    </message>
    <message>
        <source>Weights of the top-level criteria</source>
        <translation>Poids des critères de premier niveau</translation>
    </message>
    <message>
        <source>Weights of the criteria directly under &lt;b&gt;{0}&lt;/b&gt;</source>
        <translation>Poids des critères situés directement sous &lt;b&gt;{0}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Whose judgements</source>
        <translation>À qui sont ces jugements</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Current and resulting weights</source>
        <translation>Poids actuels et poids obtenus</translation>
    </message>
    <message>
        <source>Local and global weights, now and after OK</source>
        <translation>Poids locaux et globaux, maintenant et après OK</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Critère</translation>
    </message>
    <message>
        <source>Local
now</source>
        <translation>Local
actuel</translation>
    </message>
    <message>
        <source>Local
new</source>
        <translation>Local
nouveau</translation>
    </message>
    <message>
        <source>Global
now</source>
        <translation>Global
actuel</translation>
    </message>
    <message>
        <source>Global
new</source>
        <translation>Global
nouveau</translation>
    </message>
    <message>
        <source>Weight judgements</source>
        <translation>Jugements de poids</translation>
    </message>
    <message>
        <source>Set analyst&apos;s weight judgements</source>
        <translation>Saisir les jugements de poids d’un analyste</translation>
    </message>
    <message>
        <source>Set weights from judgements</source>
        <translation>Fixer les poids d’après les jugements</translation>
    </message>
    <message>
        <source>Use the shared weight judgements</source>
        <translation>Utiliser les jugements de poids communs</translation>
    </message>
    <message>
        <source>Give each criterion points; its weight is its share of the total.</source>
        <translation>Donnez des points à chaque critère ; son poids est sa part du total.</translation>
    </message>
    <message>
        <source>No judgements: every criterion weighs the same.</source>
        <translation>Aucun jugement : tous les critères pèsent autant.</translation>
    </message>
    <message>
        <source>Rank the swings from worst to best, give the biggest swing 100 and rate each other swing against it (von Winterfeldt &amp; Edwards 1986).</source>
        <translation>Classez les écarts du pire au meilleur, donnez 100 au plus grand écart et notez chacun des autres par rapport à lui (von Winterfeldt &amp; Edwards 1986).</translation>
    </message>
    <message>
        <source>Rank the criteria by importance; weights are the rank-order centroid (Barron &amp; Barrett 1996). Ties are allowed.</source>
        <translation>Classez les critères par importance ; les poids sont le centroïde des rangs (Barron &amp; Barrett 1996). Les ex æquo sont permis.</translation>
    </message>
    <message>
        <source>Rank the criteria by importance; weights fall in equal steps (Stillwell, Seaver &amp; Edwards 1981). Ties are allowed.</source>
        <translation>Classez les critères par importance ; les poids décroissent par pas égaux (Stillwell, Seaver &amp; Edwards 1981). Les ex æquo sont permis.</translation>
    </message>
    <message>
        <source>Compare every pair on Saaty&apos;s 1–9 scale; weights and a consistency check follow (Saaty 1980).</source>
        <translation>Comparez chaque paire sur l’échelle de 1 à 9 de Saaty ; les poids et un contrôle de cohérence en découlent (Saaty 1980).</translation>
    </message>
    <message>
        <source>Direct points</source>
        <translation>Points directs</translation>
    </message>
    <message>
        <source>Equal weights</source>
        <translation>Poids égaux</translation>
    </message>
    <message>
        <source>Swing weighting</source>
        <translation>Pondération swing</translation>
    </message>
    <message>
        <source>Rank-order centroid (ROC)</source>
        <translation>Centroïde des rangs (ROC)</translation>
    </message>
    <message>
        <source>Rank-sum</source>
        <translation>Somme des rangs</translation>
    </message>
    <message>
        <source>AHP pairwise comparison</source>
        <translation>Comparaison par paires (AHP)</translation>
    </message>
    <message>
        <source>Direct</source>
        <translation>Direct</translation>
    </message>
    <message>
        <source>Equal</source>
        <translation>Égaux</translation>
    </message>
    <message>
        <source>Swing</source>
        <translation>Swing</translation>
    </message>
    <message>
        <source>ROC</source>
        <translation>ROC</translation>
    </message>
    <message>
        <source>AHP</source>
        <translation>AHP</translation>
    </message>
    <message>
        <source>AHP, CR {0}</source>
        <translation>AHP, RC {0}</translation>
    </message>
    <message>
        <source>{0}, inconsistent</source>
        <translation>{0}, jugements incohérents</translation>
    </message>
    <message>
        <source>Weights set by {0}</source>
        <translation>Poids fixés par {0}</translation>
    </message>
    <message>
        <source>, judgements by {0}</source>
        <translation>, jugements de {0}</translation>
    </message>
    <message>
        <source> on {0}</source>
        <translation> le {0}</translation>
    </message>
    <message>
        <source>{0} (edited by hand since)</source>
        <translation>{0} (modifiés à la main depuis)</translation>
    </message>
    <message>
        <source>The weights were changed by hand afterwards, so they no longer follow the judgements.</source>
        <translation>Les poids ont ensuite été modifiés à la main : ils ne suivent plus les jugements.</translation>
    </message>
    <message>
        <source>top level</source>
        <translation>premier niveau</translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <translation>{0} : {1}</translation>
    </message>
    <message>
        <source>Elicited: {0}</source>
        <translation>Poids établis : {0}</translation>
    </message>
    <message>
        <source>group</source>
        <translation>groupe</translation>
    </message>
    <message>
        <source>Rank of {0} (1 = most important)</source>
        <translation>Rang de {0} (1 = le plus important)</translation>
    </message>
    <message>
        <source>Order of importance among these criteria</source>
        <translation>Ordre d’importance entre ces critères</translation>
    </message>
    <message>
        <source>Only the ratios between the criteria&apos;s numbers matter</source>
        <translation>Seuls comptent les rapports entre les nombres des critères</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Points</translation>
    </message>
    <message>
        <source>Points per criterion. Only the ratios matter.</source>
        <translation>Points par critère. Seuls les rapports comptent.</translation>
    </message>
    <message>
        <source>Points for {0}</source>
        <translation>Points pour {0}</translation>
    </message>
    <message>
        <source>The points of {0} must be from {1} to {2}; {3} was typed. Only the ratios between the criteria matter.</source>
        <translation>Les points de {0} doivent aller de {1} à {2} ; {3} a été saisi. Seuls les rapports entre les critères comptent.</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <source>Rank the criteria by importance: 1 is the most important. Give two criteria the same rank to tie them.</source>
        <translation>Classez les critères par importance : 1 est le plus important. Donnez le même rang à deux critères pour les mettre ex æquo.</translation>
    </message>
    <message>
        <source>Worst → best</source>
        <translation>Pire → meilleur</translation>
    </message>
    <message>
        <source>Swing points</source>
        <translation>Points de swing</translation>
    </message>
    <message>
        <source>Imagine every criterion at its worst. Which swing to its best would you choose first? Rank it 1; it gets 100 points. Rate every other swing from 0 to 100 against it.</source>
        <translation>Imaginez chaque critère à son pire niveau. Quel passage au meilleur niveau choisiriez-vous en premier ? Donnez-lui le rang 1 ; il reçoit 100 points. Notez chacun des autres passages de 0 à 100 par rapport à lui.</translation>
    </message>
    <message>
        <source>Swing points for {0} (0 to 100)</source>
        <translation>Points de swing pour {0} (0 à 100)</translation>
    </message>
    <message>
        <source>The largest swing is the yardstick: always 100.</source>
        <translation>Le plus grand écart sert d’étalon : toujours 100.</translation>
    </message>
    <message>
        <source>The swing points of {0} must be from {1} to {2}; {3} was typed. The biggest swing has 100 points; rate every other swing against it.</source>
        <translation>Les points d’écart de {0} doivent aller de {1} à {2} ; {3} a été saisi. Le plus grand écart a 100 points ; évaluez chaque autre écart par rapport à lui.</translation>
    </message>
    <message>
        <source>{0!r} is ranked {1}, below {2!r} (rank {3}), but has more swing points ({4:g} &gt; {5:g}). Lower its points or change the ranks.</source>
        <translation>{0!r} est classé {1}, après {2!r} (rang {3}), mais a plus de points de swing ({4:g} &gt; {5:g}). Baissez ses points ou changez les rangs.</translation>
    </message>
    <message>
        <source>The rank of {0} must be from {1} to {2}; {3} was typed. 1 is the most important.</source>
        <translation>Le rang de {0} doit aller de {1} à {2} ; {3} a été saisi. 1 est le plus important.</translation>
    </message>
    <message>
        <source>the analysts&apos; pairwise judgements combined by AIJ (the geometric mean of each judgement)</source>
        <translation>les jugements par paires des analystes combinés par AIJ (la moyenne géométrique de chaque jugement)</translation>
    </message>
    <message>
        <source>the analysts&apos; priorities combined by AIP (the geometric mean of their weights)</source>
        <translation>les priorités des analystes combinées par AIP (la moyenne géométrique de leurs poids)</translation>
    </message>
    <message>
        <source>the analysts&apos; weights combined as the {0} of their local shares</source>
        <translation>les poids des analystes combinés par la {0} de leurs parts locales</translation>
    </message>
    <message>
        <source>Group view (read-only): the weights under {0} are {1}. Switch to an analyst&apos;s view or the shared inputs to change judgements.</source>
        <translation>Vue de groupe (lecture seule) : les poids sous {0} sont {1}. Passez à la vue d’un analyste ou aux données communes pour changer les jugements.</translation>
    </message>
    <message>
        <source>group view (read-only)</source>
        <translation>vue de groupe (lecture seule)</translation>
    </message>
    <message>
        <source>{0}&apos;s own judgements. OK stores them as {0}&apos;s; the shared judgements stay as they are.</source>
        <translation>Les jugements propres de {0}. OK les enregistre comme ceux de {0} ; les jugements communs restent tels quels.</translation>
    </message>
    <message>
        <source>{0} has no judgements of their own here: the dialog starts from the shared ones, and OK stores them as {0}&apos;s.</source>
        <translation>{0} n’a pas de jugements propres ici : la fenêtre part des jugements communs, et OK les enregistre comme ceux de {0}.</translation>
    </message>
    <message>
        <source>{0}&apos;s judgements</source>
        <translation>Jugements de {0}</translation>
    </message>
    <message>
        <source>There are no criteria to weigh yet. Add criteria in the Criteria panel first, then elicit their weights.</source>
        <translation>Il n’y a pas encore de critères à pondérer. Ajoutez d’abord des critères dans le panneau Critères, puis établissez leurs poids.</translation>
    </message>
    <message>
        <source>The group “%1” holds no criteria to weigh yet. Add criteria to it first, then elicit their weights.</source>
        <translation>Le groupe « %1 » ne contient pas encore de critères à pondérer. Ajoutez-y d’abord des critères, puis établissez leurs poids.</translation>
    </message>
    <message>
        <source>Elicit weights</source>
        <translation>Établir les poids</translation>
    </message>
    <message>
        <source>These weights rest on inconsistent pairwise judgements: CR {0} is above {1:.2f}, the limit Saaty (1980) gives. Open Elicit weights… to see the judgements that agree least and a value that would fit each.</source>
        <translation>Ces poids reposent sur des jugements par paires incohérents : le RC {0} dépasse {1:.2f}, la limite donnée par Saaty (1980). Ouvrez Établir les poids… pour voir les jugements les moins en accord et une valeur qui conviendrait à chacun.</translation>
    </message>
    <message>
        <source>Weights that rest on inconsistent judgements (CR above {0:.2f}): {1}.</source>
        <translation>Poids reposant sur des jugements incohérents (RC supérieur à {0:.2f}) : {1}.</translation>
    </message>
    <message>
        <source>Inconsistent judgements</source>
        <translation>Jugements incohérents</translation>
    </message>
    <message>
        <source>These pairwise judgements are inconsistent: CR {0} is above {1:.2f}, the limit Saaty (1980) gives.</source>
        <translation>Ces jugements par paires sont incohérents : le RC {0} dépasse {1:.2f}, la limite donnée par Saaty (1980).</translation>
    </message>
    <message>
        <source>Weights set from them may not say what was meant. Go back to revise the judgements the consistency panel lists (each with a value that would fit), or keep them as they are: the weights panel will then say that the weights rest on inconsistent judgements.</source>
        <translation>Des poids fixés d’après eux risquent de ne pas dire ce que vous vouliez dire. Revenez en arrière pour revoir les jugements que liste le panneau de cohérence (chacun avec une valeur qui conviendrait), ou gardez-les tels quels : le panneau des poids indiquera alors que les poids reposent sur des jugements incohérents.</translation>
    </message>
    <message>
        <source>Consistency cannot be checked</source>
        <translation>Cohérence impossible à vérifier</translation>
    </message>
    <message>
        <source>The consistency of these pairwise judgements of {0} criteria cannot be checked: Saaty&apos;s random-index tables stop at {1} criteria, so there is no consistency ratio. Their consistency index is CI {2} (0 when every judgement agrees).</source>
        <translation>La cohérence de ces jugements par paires sur {0} critères ne peut pas être vérifiée : les tables d’indices aléatoires de Saaty s’arrêtent à {1} critères, il n’y a donc pas de ratio de cohérence. Leur indice de cohérence est IC {2} (0 quand tous les jugements concordent).</translation>
    </message>
    <message>
        <source>Saaty advises comparing at most about seven criteria at a time (Saaty &amp; Ozdemir 2003). Go back and group the criteria under a few headings, each weighted on its own, or keep these judgements as they are.</source>
        <translation>Saaty conseille de ne pas comparer plus de sept critères environ à la fois (Saaty &amp; Ozdemir 2003). Revenez en arrière pour regrouper les critères sous quelques rubriques, chacune pondérée séparément, ou gardez ces jugements tels quels.</translation>
    </message>
    <message>
        <source>&amp;Keep the judgements</source>
        <translation>&amp;Garder les jugements</translation>
    </message>
    <message>
        <source>&amp;Go back and revise</source>
        <translation>&amp;Revenir et réviser</translation>
    </message>
</context>
<context>
    <name>WeightsPanel</name>
    <message>
        <source>Weights</source>
        <translation>Poids</translation>
    </message>
    <message>
        <source>Criteria weights</source>
        <translation>Poids des critères</translation>
    </message>
    <message>
        <source>Each criterion with its points and its share of the total weight</source>
        <translation>Chaque critère avec ses points et sa part du poids total</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Critère</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Points</translation>
    </message>
    <message>
        <source>Local</source>
        <translation>Local</translation>
    </message>
    <message>
        <source>Global</source>
        <translation>Global</translation>
    </message>
    <message>
        <source>Local weight: share of the criteria beside it</source>
        <translation>Poids local : part parmi les critères voisins</translation>
    </message>
    <message>
        <source>Global weight: share of the whole decision</source>
        <translation>Poids global : part de toute la décision</translation>
    </message>
    <message>
        <source>Points are relative: a criterion&apos;s share is its points divided by the points of the criteria beside it.</source>
        <translation>Les points sont relatifs : la part d’un critère est le rapport de ses points à ceux des critères voisins.</translation>
    </message>
    <message>
        <source>Equal weights</source>
        <translation>Poids égaux</translation>
    </message>
    <message>
        <source>Give the selected group&apos;s criteria equal weights</source>
        <translation>Donner des poids égaux aux critères du groupe sélectionné</translation>
    </message>
    <message>
        <source>One undo step; the criteria elsewhere keep their weights</source>
        <translation>Une seule étape d’annulation ; les autres critères gardent leurs poids</translation>
    </message>
    <message>
        <source>Give equal points to the criteria inside the selected group (or beside the selected criterion; with nothing selected, the top-level criteria).</source>
        <translation>Donner autant de points à chaque critère du groupe sélectionné (ou voisin du critère sélectionné ; sans sélection, aux critères du premier niveau).</translation>
    </message>
    <message>
        <source>Elicit weights…</source>
        <translation>Établir les poids…</translation>
    </message>
    <message>
        <source>Elicit the weights of the selected group&apos;s criteria</source>
        <translation>Établir les poids des critères du groupe sélectionné</translation>
    </message>
    <message>
        <source>Direct, ranking, swing or pairwise (AHP) weighting</source>
        <translation>Pondération directe, par rangs, par swing ou par paires (AHP)</translation>
    </message>
    <message>
        <source>Weigh the same criteria by swing, ranking, AHP or points.</source>
        <translation>Pondérer les mêmes critères par swing, par rangs, par AHP ou par points.</translation>
    </message>
    <message>
        <source>+ and - change the points of the selected criterion; Enter or F2 moves to its points box.</source>
        <translation>+ et - changent les points du critère sélectionné ; Entrée ou F2 passe à sa case de points.</translation>
    </message>
    <message>
        <source>The group view is read-only: it combines the analysts&apos; weights. Switch to an analyst&apos;s view or the shared inputs to change weights.</source>
        <translation>La vue de groupe est en lecture seule : elle combine les poids des analystes. Passez à la vue d’un analyste ou aux données communes pour changer les poids.</translation>
    </message>
    <message>
        <source>Elicit weights in {0}…</source>
        <translation>Établir les poids dans {0}…</translation>
    </message>
    <message>
        <source>Elicit top-level weights…</source>
        <translation>Établir les poids du premier niveau…</translation>
    </message>
</context>
<context>
    <name>Worker</name>
    <message>
        <source>the calculation</source>
        <translation>le calcul</translation>
    </message>
    <message>
        <source>An unexpected problem stopped {0}. Nothing in the decision was changed; the details were written to the log.</source>
        <translation>Un problème inattendu a arrêté {0}. Rien n’a été changé dans la décision ; les détails ont été écrits dans le journal.</translation>
    </message>
</context>
<context>
    <name>_LazyPage</name>
    <message>
        <source>Not available</source>
        <translation>Non disponible</translation>
    </message>
</context>
</TS>
