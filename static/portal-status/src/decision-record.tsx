/** The decision record (also posted as an internal comment) once the change request is decided. */
export function DecisionRecord(props: { text: string | null }) {
  if (props.text === null) return null;
  return (
    <section className="rs-section" aria-labelledby="rs-decision">
      <h3 id="rs-decision">Decision record</h3>
      <div className="rs-record" data-testid="decision-record">
        {props.text}
      </div>
    </section>
  );
}
