import { makeStyles, tokens } from '@fluentui/react-components';
import { useMemo } from 'react';
import { textSegments } from '../view-model/text-segments';

const useStyles = makeStyles({
  figure: { whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums' },
  bidi: {
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: '0.85em',
    color: tokens.colorPaletteRedForeground3,
    backgroundColor: tokens.colorPaletteRedBackground1,
    borderRadius: tokens.borderRadiusSmall,
    whiteSpace: 'nowrap',
  },
});

/**
 * Text from a sheet or a message, with every figure kept on one line with its unit and every bidi
 * control character shown as ⟨U+202E⟩ instead of silently reordering the text (view-model/text-segments.ts).
 */
export function FigureText({ text }: { text: string }) {
  const styles = useStyles();
  const segments = useMemo(() => textSegments(text), [text]);
  return (
    <>
      {segments.map((segment, index) => {
        if (segment.kind === 'plain') return segment.text;
        if (segment.kind === 'figure') {
          return (
            <span key={index} className={styles.figure} data-figure="">
              {segment.text}
            </span>
          );
        }
        return (
          <span key={index} className={styles.bidi} data-bidi="" title={segment.code}>
            {segment.code}
          </span>
        );
      })}
    </>
  );
}
