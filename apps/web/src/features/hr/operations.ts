import { graphql } from '../../gql';

export const PeopleSearchQuery = graphql(`
  query HrPeopleSearch($query: String, $filter: PeopleSearchFilter, $first: Int, $after: String) {
    peopleSearch(query: $query, filter: $filter, first: $first, after: $after) {
      totalCount
      totalCountIsExact
      pageInfo {
        endCursor
        hasNextPage
      }
      edges {
        cursor
        node {
          memberId
          displayName
          headline
          department
          grade
          location
          availableHoursPerMonth
          skills {
            level
            skill {
              id
              name
            }
          }
        }
      }
      facets {
        estimated
        exactUpTo
        matchCount
        departments {
          value
          count
        }
        grades {
          value
          count
        }
        skills {
          count
          skill {
            id
            name
          }
        }
      }
    }
  }
`);

export const SkillNameQuery = graphql(`
  query HrSkillName($id: ID!) {
    skill(id: $id) {
      id
      name
    }
  }
`);

export const PersonProfileQuery = graphql(`
  query HrPersonProfile($memberId: ID!) {
    profile(memberId: $memberId) {
      id
      memberId
      displayName
      headline
      bio
      cvText
      department
      grade
      location
      availableHoursPerMonth
      interests
      visibility
      updatedAt
      links {
        kind
        url
      }
      skills {
        level
        years
        skill {
          id
          name
        }
      }
      wantsToDevelop {
        id
        name
      }
    }
  }
`);

export const SkillsGapQuery = graphql(`
  query HrSkillsGap($input: SkillsGapInput!) {
    skillsGapReport(input: $input) {
      minLevel
      demandPeople
      demandHours
      supplyPeople
      supplyHoursPerMonth
      learners
      gap
      skill {
        id
        name
        category
      }
    }
  }
`);

export const ExportSkillsGapQuery = graphql(`
  query HrExportSkillsGap($input: SkillsGapInput!) {
    exportSkillsGapReport(input: $input)
  }
`);

export const RecordSkillDemandMutation = graphql(`
  mutation HrRecordSkillDemand($input: RecordSkillDemandInput!) {
    recordSkillDemand(input: $input) {
      id
    }
  }
`);
