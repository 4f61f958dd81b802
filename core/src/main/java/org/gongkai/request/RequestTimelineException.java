package org.gongkai.request;

/**
 * A request's timeline is impossible or out of order (a reply before receipt, a supplement received before it was
 * requested, an extension beyond 20 working days…). The message names the event and its date.
 */
public final class RequestTimelineException extends IllegalArgumentException {
    /** Serialization version. */
    private static final long serialVersionUID = 1L;
    private final String event;

    /**
     * @param event the offending event
     * @param what what is wrong with it
     */
    public RequestTimelineException(RequestEvent event, String what) {
        this(event.describe(), what);
    }

    /**
     * @param event the offending event as {@link RequestEvent#describe()} names it
     * @param what what is wrong with it
     */
    public RequestTimelineException(String event, String what) {
        super(event + ": " + what);
        this.event = event;
    }

    /** @return the offending event, named as in {@link RequestEvent#describe()} (e.g. {@code REPLIED on 2024-10-08}) */
    public String event() {
        return event;
    }
}
