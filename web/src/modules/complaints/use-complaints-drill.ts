import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router-dom';
import { DRILL_PARAM, drillFromParam, drillToParam } from '@web/components/messages-panel/drill';
import type { ComplaintDrillDown, EngagementDrillDown } from '@web/generated/graphql';
import { complaintDrillFromParam, complaintDrillToParam, EVENTS_PARAM } from './complaint-events-drill';

/**
 * The list open on the Complaints page, kept in the URL: the complaints behind a day, kind or reason (`events`), or
 * the messages behind a breakdown row (`drill`, as on the other pages). One at a time: opening one closes the other
 * in the same URL change (two separate writes would overwrite each other). Each opening adds a history entry, so
 * Back closes it; other parameters are kept.
 */
export function useComplaintsDrill() {
  const [params, setParams] = useSearchParams();
  const eventsValue = params.get(EVENTS_PARAM);
  const messagesValue = params.get(DRILL_PARAM);
  const events = useMemo(() => complaintDrillFromParam(eventsValue), [eventsValue]);
  const messages = useMemo(() => drillFromParam(messagesValue), [messagesValue]);
  const write = useCallback(
    (next: { events?: string; messages?: string }) =>
      setParams((current) => {
        const updated = new URLSearchParams(current);
        updated.delete(EVENTS_PARAM);
        updated.delete(DRILL_PARAM);
        if (next.events !== undefined) updated.set(EVENTS_PARAM, next.events);
        if (next.messages !== undefined) updated.set(DRILL_PARAM, next.messages);
        return updated;
      }),
    [setParams],
  );
  const openEvents = useCallback(
    (drill: ComplaintDrillDown) => write({ events: complaintDrillToParam(drill) }),
    [write],
  );
  const openMessages = useCallback((drill: EngagementDrillDown) => write({ messages: drillToParam(drill) }), [write]);
  const close = useCallback(() => write({}), [write]);
  return { events, messages, openEvents, openMessages, close };
}
