import { graphql } from '../../gql';

export const PlaceRegisterFieldsFragment = graphql(`
  fragment PlaceRegisterFields on MonitoredPlaceRegister {
    institutionId
    institutionName
    institutionKind
    lastBlindSpotSelfInspectionOn
    blindSpotSelfInspectionDueAt
    places {
      id
      name
      kind
      roomType
      isMonitored
      cameraCount
      note
      isGap
      updatedAt
      photos {
        id
        url
        thumbnailUrl
        width
        height
      }
    }
    gaps {
      code
      ruleId
      placeId
    }
    viewerCan {
      recordPlace
      recordBlindSpotSelfInspection
    }
  }
`);

export const MonitoredPlacesQuery = graphql(`
  query MonitoredPlaces($institutionId: ID!) {
    monitoredPlaces(institutionId: $institutionId) {
      ...PlaceRegisterFields
    }
  }
`);

export const RecordMonitoredPlaceMutation = graphql(`
  mutation RecordMonitoredPlace($input: RecordMonitoredPlaceInput!) {
    recordMonitoredPlace(input: $input) {
      __typename
      ... on MonitoredPlaceRegister {
        ...PlaceRegisterFields
      }
      ... on ValidationError {
        field
      }
      ... on PlaceForbiddenError {
        ruleId
      }
    }
  }
`);

export const RecordBlindSpotSelfInspectionMutation = graphql(`
  mutation RecordBlindSpotSelfInspection($input: RecordBlindSpotSelfInspectionInput!) {
    recordBlindSpotSelfInspection(input: $input) {
      __typename
      ... on MonitoredPlaceRegister {
        ...PlaceRegisterFields
      }
      ... on ValidationError {
        field
      }
      ... on PlaceForbiddenError {
        ruleId
      }
    }
  }
`);

export const PlaceRegistersQuery = graphql(`
  query PlaceRegisters($filter: PlaceRegisterFilter) {
    placeRegisters(filter: $filter) {
      institutionId
      institutionName
      institutionKind
      street
      placeCount
      oneToOneRooms
      unmonitoredOneToOneRooms
      lastBlindSpotSelfInspectionOn
      blindSpotSelfInspectionDueAt
      isBlindSpotSelfInspectionDue
      gaps
    }
  }
`);
