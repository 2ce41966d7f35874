import { graphql } from '../../gql';

export const CompletenessByDepartmentQuery = graphql(`
  query ProfileCompletenessByDepartment {
    profileCompletenessByDepartment {
      minimumGroupSize
      departments {
        department
        label
        departments
        members
        atLeastHalf
        averageScore
        medianScore
      }
    }
  }
`);
