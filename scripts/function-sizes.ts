/**
 * The longest functions in src/ and flows/, by lines: a maintainer's check that views stay
 * small (issue: the largest view function under 120 lines).
 *
 *   npx tsx scripts/function-sizes.ts [--top N] [dir ...]
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';

const args = process.argv.slice(2);
const topAt = args.indexOf('--top');
const top = topAt >= 0 ? Number(args[topAt + 1]) : 10;
const dirs = args.filter((a, i) => a !== '--top' && i !== topAt + 1);
const roots = dirs.length > 0 ? dirs : ['src', 'flows'];

const files = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return files(path);
    return /\.tsx?$/.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });

interface Size {
  where: string;
  name: string;
  lines: number;
}

const sizes: Size[] = [];
for (const file of roots.flatMap(files)) {
  const text = readFileSync(file, 'utf8');
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const visit = (node: ts.Node) => {
    const isFunction =
      ts.isFunctionDeclaration(node) ||
      ts.isArrowFunction(node) ||
      ts.isFunctionExpression(node) ||
      ts.isMethodDeclaration(node);
    if (isFunction) {
      const start = source.getLineAndCharacterOfPosition(node.getStart()).line;
      const end = source.getLineAndCharacterOfPosition(node.getEnd()).line;
      let name = '(anonymous)';
      if ((ts.isFunctionDeclaration(node) || ts.isMethodDeclaration(node)) && node.name)
        name = node.name.getText();
      else if (ts.isVariableDeclaration(node.parent)) name = node.parent.name.getText();
      else if (ts.isPropertyAssignment(node.parent)) name = node.parent.name.getText();
      sizes.push({ where: `${relative('.', file)}:${start + 1}`, name, lines: end - start + 1 });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
}

sizes.sort((a, b) => b.lines - a.lines);
for (const s of sizes.slice(0, top)) console.log(`${String(s.lines).padStart(5)}  ${s.name}  ${s.where}`);
const views = sizes.filter(
  (s) => s.where.startsWith('src/ui') && s.where.includes('.tsx') && /^[A-Z]/.test(s.name),
);
if (views[0])
  console.log(`largest view function: ${views[0].name} (${views[0].lines} lines, ${views[0].where})`);
