/**
 * A decision record (Atlassian Document Format) as formatted text: headings, paragraphs, bullet lists,
 * tables, panels, rules, and text that is strong, emphasised, code or a link. Only the nodes and marks the
 * record's schema allows are drawn (src/domain/decision-record/adf-schema.ts; the view model types it as
 * `DecisionRecordDocument`), each as a React element: no HTML is ever injected, a node of another type is
 * left out, and a link is live only when it is an absolute http(s) address (opened through Jira:
 * external-link.tsx). The input crosses the resolver boundary, so every node is checked as it is drawn.
 */
import { Fragment, type ReactNode } from 'react';
import { isWebLink } from './adf-link';
import { ExternalLink } from './external-link';
import './adf-document.css';

type Node = Record<string, unknown>;

const isNode = (value: unknown): value is Node =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const childrenOf = (node: Node): Node[] => (Array.isArray(node.content) ? node.content.filter(isNode) : []);

const attr = (node: Node, name: string): unknown => (isNode(node.attrs) ? node.attrs[name] : undefined);

const PANEL_TYPES = ['info', 'note', 'success', 'warning', 'error'];

export function AdfDocumentView(props: {
  document: unknown;
  /**
   * The record's headings are levels 2 and 3 of a page; inside a panel or a section they sit lower. The
   * HTML level is the record's plus this (at most h6).
   */
  headingOffset?: number;
  testId?: string;
}) {
  const offset = props.headingOffset ?? 1;
  const doc = isNode(props.document) && props.document.type === 'doc' ? props.document : null;
  return (
    <div className="adf-doc" data-testid={props.testId}>
      {doc === null ? null : blocks(childrenOf(doc), offset)}
    </div>
  );
}

function blocks(nodes: readonly Node[], offset: number): ReactNode[] {
  return nodes.map((node, index) => block(node, offset, index));
}

function block(node: Node, offset: number, key: number): ReactNode {
  switch (node.type) {
    case 'paragraph':
      return <p key={key}>{inlines(childrenOf(node))}</p>;
    case 'heading':
      return heading(node, offset, key);
    case 'bulletList':
      return (
        <ul key={key}>
          {childrenOf(node)
            .filter((item) => item.type === 'listItem')
            .map((item, index) => (
              <li key={index}>{blocks(childrenOf(item), offset)}</li>
            ))}
        </ul>
      );
    case 'table':
      return table(node, offset, key);
    case 'panel': {
      const type = attr(node, 'panelType');
      const panelType = typeof type === 'string' && PANEL_TYPES.includes(type) ? type : 'info';
      return (
        <div key={key} className={`adf-panel adf-panel--${panelType}`} data-panel-type={panelType}>
          {blocks(childrenOf(node), offset)}
        </div>
      );
    }
    case 'rule':
      return <hr key={key} />;
    default:
      return null;
  }
}

function heading(node: Node, offset: number, key: number): ReactNode {
  const given = attr(node, 'level');
  const level = Math.min(6, Math.max(1, (typeof given === 'number' ? given : 2) + offset));
  const content = inlines(childrenOf(node));
  const className = `adf-heading adf-heading--${String(level)}`;
  switch (level) {
    case 1:
      return (
        <h1 key={key} className={className}>
          {content}
        </h1>
      );
    case 2:
      return (
        <h2 key={key} className={className}>
          {content}
        </h2>
      );
    case 3:
      return (
        <h3 key={key} className={className}>
          {content}
        </h3>
      );
    case 4:
      return (
        <h4 key={key} className={className}>
          {content}
        </h4>
      );
    case 5:
      return (
        <h5 key={key} className={className}>
          {content}
        </h5>
      );
    default:
      return (
        <h6 key={key} className={className}>
          {content}
        </h6>
      );
  }
}

/** A header row of `tableHeader` cells becomes the table's head, so each column is named. */
function table(node: Node, offset: number, key: number): ReactNode {
  const rows = childrenOf(node).filter((row) => row.type === 'tableRow');
  const cells = (row: Node) =>
    childrenOf(row).filter((cell) => cell.type === 'tableHeader' || cell.type === 'tableCell');
  const isHeader = (row: Node) => cells(row).every((cell) => cell.type === 'tableHeader');
  const [first, ...rest] = rows;
  const head = first !== undefined && isHeader(first) ? first : null;
  const body = head === null ? rows : rest;
  const draw = (row: Node, index: number) => (
    <tr key={index}>
      {cells(row).map((cell, at) =>
        cell.type === 'tableHeader' ? (
          <th key={at} scope={head === row ? 'col' : 'row'}>
            {blocks(childrenOf(cell), offset)}
          </th>
        ) : (
          <td key={at}>{blocks(childrenOf(cell), offset)}</td>
        ),
      )}
    </tr>
  );
  return (
    <div key={key} className="adf-table-wrap">
      <table className="adf-table">
        {head === null ? null : <thead>{draw(head, 0)}</thead>}
        <tbody>{body.map(draw)}</tbody>
      </table>
    </div>
  );
}

function inlines(nodes: readonly Node[]): ReactNode[] {
  return nodes.map((node, index) => {
    if (node.type === 'hardBreak') return <br key={index} />;
    if (node.type !== 'text' || typeof node.text !== 'string') return null;
    return <Fragment key={index}>{marked(node.text, Array.isArray(node.marks) ? node.marks : [])}</Fragment>;
  });
}

/** Text with its marks, innermost first: code, emphasis, strong, and a link around them all. */
function marked(text: string, marks: readonly unknown[]): ReactNode {
  const types = new Set(marks.filter(isNode).map((mark) => mark.type));
  let content: ReactNode = text;
  if (types.has('code')) content = <code>{content}</code>;
  if (types.has('em')) content = <em>{content}</em>;
  if (types.has('strong')) content = <strong>{content}</strong>;
  const link = marks.filter(isNode).find((mark) => mark.type === 'link');
  const href = link === undefined ? undefined : attr(link, 'href');
  return isWebLink(href) ? <ExternalLink href={href}>{content}</ExternalLink> : content;
}
