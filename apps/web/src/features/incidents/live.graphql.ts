import { graphql } from '../../gql';

/** A signal each time the viewer's notifications change (issue 14: no polling while it is live). */
export const MyNotificationsChangedSubscription = graphql(`
  subscription MyNotificationsChanged {
    myNotificationsChanged {
      at
    }
  }
`);

/** A signal each time the open case changes (an alert, a breach, a step recorded by anyone). */
export const CaseChangedSubscription = graphql(`
  subscription CaseChanged($id: ID!) {
    caseChanged(id: $id) {
      at
    }
  }
`);
