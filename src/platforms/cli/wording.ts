/**
 * The command layer's replies name chat commands (`/estado`, `/rinde oficinas`); printed by the CLI they
 * must name the CLI's own. One table, applied where the CLI writes text, keeps the shared wording as it
 * is. Longer phrases come first so `/estado ID` is not read as `/estado`.
 */
const CHAT_TO_CLI: readonly [RegExp, string][] = [
  [/\/avance deshacer #(\d+)/g, 'rinde progress --undo $1'],
  [/\/avance deshacer/g, 'rinde progress --undo NÚMERO'],
  [/\/avance ([^`\n]*[^`\s])(?=`)/g, 'rinde progress $1 --by NOMBRE'],
  [/\/avance\b/g, 'rinde progress'],
  [/\/estado (ID|\d+(?:\.\d+)?)/g, 'rinde history $1'],
  [/\/estado\b/g, 'rinde status'],
  [/\/rinde oficinas alias quitar (\S+?)(?=`)/g, 'rinde offices alias --remove $1'],
  [/\/rinde oficinas alias ([^`\s]+) ([^`\n]+)(?=`)/g, 'rinde offices alias $1 "$2"'],
  [/\/rinde oficinas alias\b/g, 'rinde offices aliases'],
  [/\/rinde oficinas\b/g, 'rinde offices'],
  [/\/rinde asignar @\S+ ([^`\n]+)(?=`)/g, 'rinde assign "$1" USUARIO'],
  [/\/rinde asignar\b/g, 'rinde assign'],
  [/\/rinde admin @\S+/g, 'rinde assign DEPENDENCIA USUARIO --admin'],
  [/\/rinde exportar\b/g, 'rinde export ARCHIVO.xlsx'],
  [/\/rinde resumen\b/g, 'rinde digest'],
  [/\/(?:rinde )?ayuda\b/g, 'rinde --help'],
  [/fecha:(\S+)/g, '--on $1'],
];

/** The text with every chat command it names turned into the CLI's; links are left as they are. */
export function cliWording(text: string): string {
  return text.replace(/[^\n]+/g, rewriteLine);
}

function rewriteLine(line: string): string {
  // Links keep their paths: they are cut out, the rest rewritten, and they are put back.
  const links: string[] = [];
  const masked = line.replace(/\bhttps?:\/\/\S+/g, (link) => {
    links.push(link);
    return `\uE000${links.length - 1}\uE000`;
  });
  const rewritten = CHAT_TO_CLI.reduce((text, [pattern, replacement]) => text.replace(pattern, replacement), masked);
  return rewritten.replace(/\uE000(\d+)\uE000/g, (_, index) => links[Number(index)] ?? '');
}
