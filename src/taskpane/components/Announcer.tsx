import { makeStyles } from '@fluentui/react-components';

const useStyles = makeStyles({
  // Read by screen readers, not drawn (the counts are on screen in the summary).
  hidden: {
    position: 'absolute',
    width: '1px',
    height: '1px',
    margin: '-1px',
    padding: 0,
    overflow: 'hidden',
    clip: 'rect(0 0 0 0)',
    whiteSpace: 'nowrap',
    border: 0,
  },
});

/** A polite live region: what a check found, or what was just ignored, is announced when it changes. */
export function Announcer({ message }: { message: string }) {
  const styles = useStyles();
  return (
    <div className={styles.hidden} role="status" aria-live="polite" aria-atomic="true" data-testid="announcer">
      {message}
    </div>
  );
}
