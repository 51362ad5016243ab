import { textWidth } from '/work/main/src/lib/charts/palette.ts';
for (const l of ['Quality, participation and democracy','Trust and trust-based governance','United Kingdom','Denmark','Governance and contracts','Institutional logics and change','Ethnographic fieldwork','Aalborg co-creation project','MMMMWWWW','iiiillll']) console.log(l, textWidth(l, 10).toFixed(1));
