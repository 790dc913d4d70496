/** One calendar day (in the tenant's time zone) of complaints and delivered business-initiated messages. */
export interface DailyComplaints {
  /** YYYY-MM-DD. */
  date: string;
  complaints: number;
  delivered: number;
}
