// Every GraphQL document the explorer sends, aligned with graphql/schema.graphql.
import { gql } from 'urql';

const DOCUMENT_SUMMARY = gql`
  fragment DocumentSummary on Document {
    id
    title
    level
    referencedOnly
    region {
      code
      name
    }
  }
`;

const PROVISION_SUMMARY = gql`
  fragment ProvisionSummary on Provision {
    id
    path
    title
    kind
    level
    document {
      ...DocumentSummary
    }
  }
  ${DOCUMENT_SUMMARY}
`;

export const SEARCH_QUERY = gql`
  query ExplorerSearch(
    $query: String!
    $level: GovernmentLevel
    $region: String
    $first: Int
    $after: String
  ) {
    search(query: $query, level: $level, region: $region, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      terms
      nodes {
        score
        provision {
          ...ProvisionSummary
          text
        }
      }
    }
  }
  ${PROVISION_SUMMARY}
`;

// The canvas's region filter goes to the server too: a national cascade kept to one province
// reads that province's plans only (about 5× faster at national scale, see docs/BENCHMARKS.md).
export const CASCADE_QUERY = gql`
  query ExplorerCascade($from: ID!, $region: String) {
    cascade(from: $from, region: $region) {
      root {
        ...ProvisionSummary
      }
      nodes {
        depth
        score
        provision {
          ...ProvisionSummary
        }
      }
      edges {
        depth
        implementation {
          score
          method
          evidence {
            summary
          }
          source {
            id
          }
          target {
            id
          }
        }
      }
      byLevel {
        level
        count
      }
      byRegion {
        region {
          code
          name
        }
        count
      }
      units {
        unit {
          id
          name
        }
        lead
        coLead
        support
        provisions {
          id
          path
          document {
            id
          }
          units {
            role
            unit {
              id
            }
          }
        }
      }
      totalCount
    }
  }
  ${PROVISION_SUMMARY}
`;

export const NEIGHBORHOOD_QUERY = gql`
  query ExplorerNeighborhood($id: ID!, $depth: Int, $limit: Int) {
    neighborhood(id: $id, depth: $depth, limit: $limit) {
      nodes {
        id
        label
        localId
        caption
        level
        regionCode
        referencedOnly
        depth
        document {
          ...DocumentSummary
        }
      }
      edges {
        id
        type
        source
        target
        score
        role
      }
      truncated
    }
  }
  ${DOCUMENT_SUMMARY}
`;

export const DOCUMENTS_QUERY = gql`
  query ExplorerDocuments {
    documents(first: 100) {
      nodes {
        ...DocumentSummary
      }
    }
  }
  ${DOCUMENT_SUMMARY}
`;

export const DOCUMENT_PROVISIONS_QUERY = gql`
  query ExplorerDocumentProvisions($id: ID!) {
    document(id: $id) {
      id
      title
      provisions(first: 100, maxDepth: 1) {
        totalCount
        nodes {
          id
          path
          title
          kind
          depth
        }
      }
    }
  }
`;

const IMPLEMENTATION_FIELDS = gql`
  fragment ImplementationFields on Implementation {
    score
    method
    evidence {
      summary
      matches {
        kind
        text
        sourceSpans {
          field
          start
          end
        }
        targetSpans {
          field
          start
          end
        }
      }
    }
  }
`;

export const NODE_DETAILS_QUERY = gql`
  query ExplorerNodeDetails($id: ID!) {
    node(id: $id) {
      __typename
      id
      ... on Provision {
        localId
        path
        title
        kind
        level
        text
        original
        document {
          id
          title
          docNumber
          date
          level
          referencedOnly
          sourceFile
          region {
            code
            name
          }
        }
        parent {
          id
          path
          title
        }
        units {
          role
          unit {
            id
            name
          }
        }
        concepts {
          name
          category
        }
        targets {
          text
          metric
          value
          unit
          deadline
        }
        implements {
          ...ImplementationFields
          target {
            ...ProvisionSummary
          }
        }
        implementedBy(first: 100) {
          totalCount
          nodes {
            ...ImplementationFields
            source {
              ...ProvisionSummary
            }
          }
        }
      }
      ... on Document {
        documentTitle: title
        issuer
        docNumber
        date
        documentLevel: level
        sourceFile
        referencedOnly
        region {
          code
          name
        }
        provisions(first: 100, maxDepth: 0) {
          totalCount
          nodes {
            id
            path
            title
          }
        }
        implementsDocuments {
          id
          title
          referencedOnly
        }
      }
      ... on Unit {
        name
        collective
      }
      ... on Concept {
        name
        category
      }
      ... on Region {
        code
        name
        regionLevel: level
      }
    }
  }
  ${PROVISION_SUMMARY}
  ${IMPLEMENTATION_FIELDS}
`;

/**
 * What the coverage view reads first: how many documents the matrix would have, and their regions,
 * so that a national corpus can be narrowed to one region before any cell is read.
 */
export const COVERAGE_SCOPE_QUERY = gql`
  query ExplorerCoverageScope($document: ID!) {
    coverage(document: $document) {
      requirementCount
      coveredCount
      total {
        documents
        cells
        missing
        deficitPercent
      }
      against {
        id
        region {
          code
          name
          level
          parent {
            code
            name
            level
            parent {
              code
              name
              level
            }
          }
        }
      }
    }
  }
`;

/** The matrix: against the given documents, or (null) every lower-level document. */
export const COVERAGE_QUERY = gql`
  query ExplorerCoverage($document: ID!, $against: [ID!]) {
    coverage(document: $document, against: $against) {
      document {
        id
        title
        level
      }
      against {
        ...DocumentSummary
      }
      requirements {
        requirement {
          id
          path
          title
        }
        implementationCount
        documents {
          document {
            id
          }
          status
          bestScore
          provisionCount
          provisions {
            ...ProvisionSummary
          }
        }
      }
      requirementCount
      coveredCount
      total {
        cells
        covered
        missing
        deficitPercent
      }
      byLevel {
        level
        documents
        cells
        missing
        deficitPercent
      }
    }
  }
  ${PROVISION_SUMMARY}
`;

export const UNITS_QUERY = gql`
  query ExplorerUnits($region: String, $name: String, $first: Int) {
    units(region: $region, name: $name, orderBy: WORKLOAD, first: $first) {
      totalCount
      nodes {
        id
        name
        collective
        region {
          code
          name
        }
        workload {
          lead
          coLead
          support
          total
          documents
        }
      }
    }
  }
`;

export const UNIT_TASKS_QUERY = gql`
  query ExplorerUnitTasks($id: ID!) {
    unit(id: $id) {
      id
      name
      region {
        name
      }
      workload {
        lead
        coLead
        support
        total
        documents
      }
      tasks(first: 100) {
        totalCount
        nodes {
          role
          provision {
            ...ProvisionSummary
            text
          }
        }
      }
    }
  }
  ${PROVISION_SUMMARY}
`;

/** The documents of a cascade and the documents they state they implement (often referenced only). */
export const DOCUMENT_LAYER_QUERY = gql`
  query ExplorerDocumentLayer($ids: [ID!]!) {
    nodes(ids: $ids) {
      __typename
      id
      ... on Document {
        ...DocumentSummary
        implementsDocuments {
          ...DocumentSummary
        }
      }
    }
  }
  ${DOCUMENT_SUMMARY}
`;
