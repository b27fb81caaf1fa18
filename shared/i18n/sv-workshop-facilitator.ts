/** Swedish messages for facilitators (workshop list, overview, controls) and the presenter view; merged into sv.ts. */
export const svWorkshopFacilitator = {
  'workshop.list.heading': 'Workshoppar',
} as const;
